using Microsoft.Extensions.DependencyInjection;

namespace TargetsDashboard.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>Registers the batch importer shared by the Excel upload and the ingestion API.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddSingleton<FigureImporter>();
        return services;
    }
}
