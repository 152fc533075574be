using Microsoft.Extensions.Options;

namespace TargetsDashboard.Dashboard.Mail;

/// <summary>Scheduled reports and alerts by e-mail (decision 0012). Part of <c>AddDashboard()</c>.</summary>
internal static class MailServices
{
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidator>();
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<MailComposer>();
        services.AddSingleton<MailSubscriptions>();
        services.AddSingleton<IMailTransport, SmtpMailTransport>();
        services.AddSingleton<MailDispatcher>();
        services.AddSingleton<LateUnitsSource>();
        services.AddSingleton<AlertDetector>();
        services.AddSingleton<MailPlanner>();
        services.AddSingleton<MailScheduler>();
        services.AddHostedService(p => p.GetRequiredService<MailScheduler>());
        return services;
    }
}
