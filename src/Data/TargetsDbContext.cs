using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace TargetsDashboard.Data;

/// <summary>
/// The dashboard's data, its accounts (ASP.NET Core Identity) and the data-protection key ring in one database: every
/// instance on the database shares the keys that protect sign-in cookies and form tokens.
/// </summary>
public class TargetsDbContext(DbContextOptions<TargetsDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// Who this context's saves are made by (a user name, <c>api:</c> and a source system, or a named process), written
    /// to the audit log and to <see cref="ITracked.UpdatedBy"/>. Null on a context created for reading: its saves throw.
    /// Bound once, by <see cref="Auditing.ActorContexts.CreateForAsync"/> or <see cref="ActAs"/>.
    /// </summary>
    public string? ActingUser { get; private set; }

    /// <summary>Binds this context to the actor its saves are made by; a context acts for one actor only.</summary>
    public TargetsDbContext ActAs(string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (ActingUser is not null && ActingUser != actor)
        {
            throw new InvalidOperationException($"This context already acts for '{ActingUser}'; create another one for '{actor}'.");
        }

        ActingUser = actor;
        return this;
    }

    /// <summary>The actor of a save; a save without one is refused, so that the audit log never records nobody.</summary>
    public string RequireActingUser() => ActingUser ?? throw new InvalidOperationException(
        "A save needs an actor: create the context with CreateForAsync(actor) (the signed-in user, 'api:<system>', or a named process).");

    /// <summary>Why this context's next saves are made; written with every audit entry.</summary>
    public string? AuditReason { get; set; }

    /// <summary>The import whose rows this context's next saves write; each audit entry links to it.</summary>
    public long? ImportBatchId { get; set; }

    /// <summary>What this context's saves and bulk statements changed since its last commit (<see cref="Auditing.DataChangeInterceptor"/>).</summary>
    public DataChangeCollector PendingChanges { get; } = new();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitNameHistory> UnitNameHistory => Set<UnitNameHistory>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<Measurement> Measurements => Set<Measurement>();

    public DbSet<UnitMonthNote> UnitMonthNotes => Set<UnitMonthNote>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<MonthLock> MonthLocks => Set<MonthLock>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    /// <summary>The 766 index's rule sets (groups, sub-indicators, points), with source and dates.</summary>
    public DbSet<Index766RuleSetRecord> Index766RuleSets => Set<Index766RuleSetRecord>();

    /// <summary>The province's national 766 rank per month, entered by the office.</summary>
    public DbSet<NationalRank> NationalRanks => Set<NationalRank>();

    /// <summary>Units' own monthly reports (the reporting round) and their figures, official only once accepted.</summary>
    public DbSet<UnitSubmission> UnitSubmissions => Set<UnitSubmission>();

    public DbSet<SubmissionFigure> SubmissionFigures => Set<SubmissionFigure>();

    public DbSet<SubmissionDeadline> SubmissionDeadlines => Set<SubmissionDeadline>();

    public DbSet<ReportingRoundSetting> ReportingRoundSettings => Set<ReportingRoundSetting>();

    /// <summary>The stamp other processes watch to notice a change (<see cref="Freshness.DataVersionWatcher"/>).</summary>
    public DbSet<DataVersion> DataVersions => Set<DataVersion>();

    /// <summary>Open sign-in sessions, written only with plain statements (no audit entry, no data-version stamp).</summary>
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    /// <summary>Who chose to receive which e-mail; written only with plain statements.</summary>
    public DbSet<MailSubscription> MailSubscriptions => Set<MailSubscription>();

    /// <summary>E-mail to send, exactly once per key; written only with plain statements (decision 0012).</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TargetsDbContext).Assembly);
    }
}
