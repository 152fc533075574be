using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Ingestion.Excel;

namespace TargetsDashboard.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the batch importer shared by the Excel upload and the ingestion API, the import template, the units importer, and the
    /// workbook reader with its limits (section <see cref="ImportReaderOptions.SectionName"/>, validated at start).
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<FigureImporter>();
        services.AddSingleton<ImportChangeLog>();
        services.AddOptions<ImportReaderOptions>()
            .Bind(configuration.GetSection(ImportReaderOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ImportWorkbookReader>();
        services.AddSingleton<ImportTemplateSource>();
        services.AddSingleton<Units.UnitImporter>();
        return services;
    }
}
