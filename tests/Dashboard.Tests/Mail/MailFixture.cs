using Microsoft.Extensions.DependencyInjection;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>The app with mail enabled, its SMTP server a <see cref="SmtpSink"/>; the background round is kept out of the way (an hour apart) so tests run each step themselves.</summary>
public sealed class MailFixture : IAsyncLifetime
{
    public const string BaseUrl = "http://dashboard.test";

    public SmtpSink Sink { get; } = new();

    public DashboardFactory Factory { get; private set; } = null!;

    public T Get<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    public static Dictionary<string, string> MailSettings(int port) => new()
    {
        ["Mail:Enabled"] = "true",
        ["Mail:From"] = "Văn phòng UBND tỉnh <baocao@example.org>",
        ["Mail:PublicBaseUrl"] = BaseUrl,
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:Security"] = "None",
        ["Mail:PollInterval"] = "01:00:00",
    };

    public Task InitializeAsync()
    {
        Factory = new DashboardFactory { Settings = MailSettings(Sink.Port) };
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
