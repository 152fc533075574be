using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TargetsDashboard.Reporting.Pdf;

namespace TargetsDashboard.Reporting;

public static class ReportingServiceCollectionExtensions
{
    /// <summary>Registers the report model builder, the documents and the one PDF printer (a warm browser, launched on first use).</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services, Action<ReportOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var optionsBuilder = services.AddOptions<ReportOptions>();
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        optionsBuilder.ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReportOptions>, ReportOptionsValidator>();
        services.AddSingleton<ReportModelBuilder>();
        services.AddSingleton<PdfPrinter>();
        return services;
    }
}
