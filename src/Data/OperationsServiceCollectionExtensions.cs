using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data.Backups;
using TargetsDashboard.Data.Freshness;

namespace TargetsDashboard.Data;

/// <summary>Part of <see cref="DataServiceCollectionExtensions.AddTargetsData"/>: what running the app in an office needs.</summary>
internal static class OperationsServiceCollectionExtensions
{
    /// <summary>The data-version stamp and its watcher (changes by other processes show within seconds), and backups.</summary>
    public static IServiceCollection AddDataOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<LocalDataStamps>();
        services.AddSingleton<DataVersionInterceptor>();
        services.AddSingleton<DataVersionWatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<DataVersionWatcher>());

        services.AddOptions<BackupOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<DatabaseBackup>();
        services.AddHostedService<ScheduledBackups>();
        return services;
    }
}
