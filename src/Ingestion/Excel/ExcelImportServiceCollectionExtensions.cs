using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TargetsDashboard.Ingestion.Excel;

public static class ExcelImportServiceCollectionExtensions
{
    /// <summary>The import template, the workbook reader and its limits (section <see cref="ImportReaderOptions.SectionName"/>).</summary>
    public static IServiceCollection AddExcelImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImportReaderOptions>().Bind(configuration.GetSection(ImportReaderOptions.SectionName));
        services.AddSingleton<ImportWorkbookReader>();
        services.AddSingleton<ImportTemplateSource>();
        return services;
    }
}
