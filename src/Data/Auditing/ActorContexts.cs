namespace TargetsDashboard.Data.Auditing;

/// <summary>Who is acting now: the signed-in user of a circuit or request, an API client (<c>api:</c> and its name), or a named process.</summary>
public interface ICurrentActor
{
    /// <summary>The actor's name as the audit log records it; throws when nobody is signed in, as a save by nobody must not happen.</summary>
    ValueTask<string> GetNameAsync(CancellationToken cancellationToken = default);
}

/// <summary>An actor known in advance: a background job, a command-line tool, the seeding, a test.</summary>
public sealed class FixedActor(string name) : ICurrentActor
{
    public string Name { get; } = !string.IsNullOrWhiteSpace(name) ? name : throw new ArgumentException("An actor has a name.", nameof(name));

    public ValueTask<string> GetNameAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Name);
}

/// <summary>The actors that are processes, not people: each named in the audit log for what it does.</summary>
public static class SystemActors
{
    /// <summary>Creates the database and its demo figures at start.</summary>
    public const string Seeding = "system:seed";

    /// <summary>ASP.NET Core Identity's own saves (sign-in counters, security stamps): its tables are not audited.</summary>
    public const string Accounts = "system:accounts";
}

/// <summary>Contexts that save: each is created for the actor its saves are made by.</summary>
public static class ActorContexts
{
    /// <summary>A context whose saves are stamped and audited as <paramref name="actor"/>.</summary>
    public static async Task<TargetsDbContext> CreateForAsync(this IDbContextFactory<TargetsDbContext> factory, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var db = await factory.CreateDbContextAsync(cancellationToken);
        return db.ActAs(actor);
    }
}
