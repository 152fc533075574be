namespace TargetsDashboard.Data.Entities;

/// <summary>
/// An open sign-in session: the cookie names it by <see cref="Id"/>, and a cookie whose row is gone opens nothing.
/// In the database so that every instance on it accepts the same sign-ins and a restart signs nobody out. Written
/// with plain statements, never through SaveChanges: a sign-in is neither audited nor a change of the figures.
/// </summary>
public class SignInSession
{
    /// <summary>The random session id, 32 lower-case hex digits.</summary>
    public required string Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>When a request last used the session (UTC), written at most about once a minute.</summary>
    public DateTime LastSeenUtc { get; set; }
}
