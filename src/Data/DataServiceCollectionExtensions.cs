using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Freshness;
using TargetsDashboard.Data.Seeding;

namespace TargetsDashboard.Data;

public static class DataServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "TargetsDashboard.Data.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "TargetsDashboard.Data.Migrations.SqlServer";

    /// <summary>
    /// Registers the database (SQLite by default, SQL Server by configuration), the audit interceptor,
    /// the province and demo settings, the start-up migration and seeding, and the KPI data source.
    /// </summary>
    public static IServiceCollection AddTargetsData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        // A web host registers its environment already; a plain service collection (tools, tests) gets the one given.
        services.TryAddSingleton(environment);

        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(
                o => o.Provider == DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)),
                $"Database:Provider SqlServer needs ConnectionStrings:{DatabaseOptions.ConnectionStringName}.")
            .ValidateOnStart();

        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.SectionName));
        // The environment is passed in rather than resolved: tools and tests build this container without a host.
        services.AddSingleton(p => new DemoMode(p.GetRequiredService<IOptions<DemoOptions>>(), environment));

        // The demo shows its own province when none is configured; everywhere else the province must be named.
        services.AddOptions<ProvinceOptions>()
            .Bind(configuration.GetSection(ProvinceOptions.SectionName))
            .Configure<IOptions<DemoOptions>>((province, demo) =>
            {
                if (string.IsNullOrWhiteSpace(province.Name) && DemoMode.IsOn(demo.Value, environment))
                {
                    province.Name = DemoMode.ProvinceName;
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProvinceOptions>>(new ProvinceOptionsValidator(environment));

        services.AddOptions<KpiOptions>()
            .Bind(configuration.GetSection(KpiOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingletonTimeProvider();
        services.AddSingleton<DataChangeSignal>();
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<DataChangeInterceptor>();
        services.AddDbContextFactory<TargetsDbContext>((provider, options) =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
            Configure(options, database.Provider, connectionString, environment.ContentRootPath, database.DataFolder);
            options.AddInterceptors(
                provider.GetRequiredService<AuditInterceptor>(),
                provider.GetRequiredService<DataChangeInterceptor>(),
                provider.GetRequiredService<DataVersionInterceptor>());
        });

        // The context ASP.NET Core Identity's stores resolve: their saves (sign-in counters, stamps) have an actor too.
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContext().ActAs(SystemActors.Accounts));

        services.AddSingleton<DemoDataSeeder>();
        services.AddHostedService(p => ActivatorUtilities.CreateInstance<DatabaseInitializer>(p, environment));
        services.AddSingleton<KpiDataSource>();
        services.AddHostedService<KpiWarmUp>();
        services.AddDataOperations(configuration);
        services.AddSingleton<UnitMaintenance>();
        services.AddSingleton<TargetAdministration>();
        services.AddSingleton<IndicatorAdministration>();
        services.AddSingleton<Index766.Index766Store>();
        services.AddSingleton<Index766.Index766Administration>();
        services.AddSingleton<MonthLocks>();
        services.AddSingleton<Corrections.UnitMonth.UnitMonthQuery>();
        services.AddSingleton<Corrections.CorrectFigure.CorrectFigureHandler>();
        services.AddSingleton<Corrections.CorrectNote.CorrectNoteHandler>();
        services.AddSingleton<Submissions.Deadlines.RoundSettings>();
        services.AddSingleton<Submissions.Status.SubmissionStatusQuery>();
        services.AddSingleton<Submissions.Prepare.SubmissionQuery>();
        services.AddSingleton<Submissions.Send.SendSubmissionHandler>();
        services.AddSingleton<Submissions.Review.ReviewSubmissionHandler>();
        return services;
    }

    /// <summary>The context <c>dotnet ef</c> builds in a provider's migrations project: no app, paths from the current folder.</summary>
    public static TargetsDbContext CreateDesignTimeContext(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<TargetsDbContext>();
        Configure(options, provider, connectionString, Directory.GetCurrentDirectory(), ".");
        return new TargetsDbContext(options.Options);
    }

    /// <summary>Points the options at the chosen provider with its own migrations assembly.</summary>
    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string? connectionString, string contentRoot, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(connectionString, sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly));
                break;
            default:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    var folder = Path.GetFullPath(Path.Combine(contentRoot, dataFolder));
                    Directory.CreateDirectory(folder);
                    connectionString = $"Data Source={Path.Combine(folder, "dashboard.db")}";
                }

                options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
        }
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
