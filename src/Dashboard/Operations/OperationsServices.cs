using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace TargetsDashboard.Dashboard.Operations;

/// <summary>What running the app in an office needs: shared keys, health checks, a reverse proxy, logged errors. Part of <c>AddDashboard()</c>.</summary>
internal static class OperationsServices
{
    /// <summary>One key ring for every instance and every restart; the name keeps it valid when the app moves folders.</summary>
    public const string ApplicationName = "TargetsDashboard";

    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<TargetsDbContext>();

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<PdfPrinterHealthCheck>("pdf", tags: [HealthEndpoints.ReadyTag]);
        services.AddSingleton<PdfPrinterHealthCheck>();
        services.AddHostedService<PdfPrinterStartupCheck>();

        // nginx or IIS in front terminates TLS: the scheme and the client's address come in these headers. Only
        // proxies on this machine (loopback, the default) are believed.
        services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

        services.AddExceptionHandler<LoggedExceptionHandler>();
        return services;
    }
}
