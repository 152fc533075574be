using System.Diagnostics;
using System.Globalization;
using TargetsDashboard.LoadBench;

// The load benchmark (not part of `dotnet test`); see the README's Performance section and bench/load/run.sh.
//   load  <app.dll> <database> [clients=200] [seconds=300] [circuits=5]
//   saves <app.dll> <database> [saves=100] [seconds=60] [readers=8]
// load warms up with its clients for LOAD_WARMUP seconds (default 60) before it measures.
// The month of the workbook and of the saves is LOAD_MONTH (default 2025-10), the unit LOAD_UNIT (default so-tu-phap-t01, the national set's).
if (args.Length < 3 || args[0] is not ("load" or "saves"))
{
    Console.Error.WriteLine("usage: load|saves <app.dll> <database> [...]; see Program.cs");
    return 2;
}

var month = Environment.GetEnvironmentVariable("LOAD_MONTH") ?? "2025-10";
var unit = Environment.GetEnvironmentVariable("LOAD_UNIT") ?? "so-tu-phap-t01";
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

Console.WriteLine($"machine: {Environment.ProcessorCount} cores; GC variables: {string.Join(' ', Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(k => k.StartsWith("DOTNET_", StringComparison.Ordinal)).Select(k => $"{k}={Environment.GetEnvironmentVariable(k)}"))}");
var clock = Stopwatch.StartNew();
await using var app = await AppUnderTest.StartAsync(args[1], args[2], withApiKey: args[0] == "saves");
Console.WriteLine($"app up in {clock.Elapsed.TotalSeconds:0.0} s (pid {app.ProcessId})");
await using var sampler = new MemorySampler(app, TimeSpan.FromSeconds(5));
var pages = new PageClients(app, await SignInAsync(args[0] == "load" ? Math.Min(Arg(3, 200), 20) : 2), unit, month);
await pages.WarmUpAsync();

if (args[0] == "load")
{
    var clients = Arg(3, 200);
    var seconds = Arg(4, 300);
    await using var circuits = await Circuits.OpenAsync(app.BaseAddress, pages.Cookie(0), Arg(5, 5));
    // The same clients for LOAD_WARMUP seconds (default 60), not recorded: under load the JIT's second tier arrives
    // after 30–40 s (a run measured from a cold start went from 80 to 320 req/s over its first 40 s).
    var warmUp = new Recorder();
    var warmSeconds = int.Parse(Environment.GetEnvironmentVariable("LOAD_WARMUP") ?? "60", CultureInfo.InvariantCulture);
    await pages.RunAsync(clients, TimeSpan.FromSeconds(warmSeconds), warmUp, PageClients.Mix);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: {clients} clients for {warmSeconds} s, {warmUp.Requests} requests ({warmUp.Requests / Math.Max(1, warmSeconds):0.0} req/s), {warmUp.Errors} errors; not counted below"));
    var recorder = new Recorder();
    var run = Stopwatch.StartNew();
    await pages.RunAsync(clients, TimeSpan.FromSeconds(seconds), recorder, PageClients.Mix);
    recorder.Print(Console.Out, $"{clients} clients", run.Elapsed.TotalSeconds);
    var answered = await circuits.CountRespondingAsync(TimeSpan.FromSeconds(30));
    Console.WriteLine($"circuits answering at the end: {answered}/{Arg(5, 5)}");
}
else
{
    await new SaveRun(app, pages, unit, month).RunAsync(Arg(3, 100), TimeSpan.FromSeconds(Arg(4, 60)), Arg(5, 8));
}

await sampler.DisposeAsync();
sampler.Print(Console.Out);
return 0;

async Task<List<string>> SignInAsync(int sessions)
{
    var cookies = new List<string>();
    for (var i = 0; i < sessions; i++)
    {
        cookies.Add(await app.SignInAsync());
    }

    return cookies;
}
