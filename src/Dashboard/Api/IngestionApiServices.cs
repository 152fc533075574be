using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.OpenApi;

namespace TargetsDashboard.Dashboard.Api;

/// <summary>The ingestion API's services: keys, the <c>ApiKey</c> scheme and the OpenAPI document. Part of <c>AddDashboard()</c>.</summary>
internal static class IngestionApiServices
{
    public static IServiceCollection AddIngestionApi(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeys>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, "Khóa API", _ => { });
        // The document's schemas follow these options. The web defaults read numbers from strings too, which would
        // describe every count as "integer or string"; the API reads counts as JSON numbers only.
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddOpenApi(IngestionEndpoints.DocumentName, options =>
        {
            // Only the API: pages, sign-in forms and downloads have no group name and stay out of the contract.
            options.ShouldInclude = description => description.GroupName == IngestionEndpoints.DocumentName;
            options.AddDocumentTransformer((document, _, _) =>
            {
                DescribeDocument(document);
                return Task.CompletedTask;
            });
        });
        return services;
    }

    private static void DescribeDocument(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "TargetsDashboard – API nhận số liệu (Ingestion API)",
            Version = IngestionEndpoints.DocumentName,
            Description = "Hệ thống nguồn gửi số liệu hằng tháng của các đơn vị bằng khóa API (tiêu đề X-Api-Key) do quản trị viên cấp. "
                + "Source systems send the units' monthly figures with an API key (header X-Api-Key) issued by an administrator.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.HeaderName,
            Description = "Khóa API do quản trị viên cấp tại /quan-tri/khoa-api · API key issued by an administrator.",
        };
        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, document)] = [] };
        foreach (var operation in document.Paths.Values.Where(p => p.Operations is not null).SelectMany(p => p.Operations!.Values))
        {
            operation.Security = [requirement];
        }
    }
}
