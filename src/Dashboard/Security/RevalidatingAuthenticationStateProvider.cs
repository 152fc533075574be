using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace TargetsDashboard.Dashboard.Security;

/// <summary>
/// An open circuit's user: when the session it was opened with ends (sign-out, password changed or reset, role changed,
/// account disabled; see <see cref="SignInSessions"/>), the circuit loses access at once. Every few minutes it also
/// re-checks the account in the database, for changes made outside this process.
/// </summary>
public sealed class RevalidatingAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private static readonly Task<AuthenticationState> SignedOut = Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())));

    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<IdentityOptions> _options;
    private readonly SignInSessions _sessions;

    public RevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopes,
        IOptions<IdentityOptions> options,
        SignInSessions sessions)
        : base(loggerFactory)
    {
        _scopes = scopes;
        _options = options;
        _sessions = sessions;
        _sessions.Ended += OnSessionEnded;
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(5);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        var principal = authenticationState.User;
        if (!_sessions.IsOpen(SignInSessions.IdOf(principal)))
        {
            return false;
        }

        await using var scope = _scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.GetUserAsync(principal);
        if (user is null || user.IsDisabled)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = principal.FindFirstValue(_options.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sessions.Ended -= OnSessionEnded;
        }

        base.Dispose(disposing);
    }

    /// <summary>Raised on whichever thread ended the session; the circuit's components re-render as signed out.</summary>
    private void OnSessionEnded(string sessionId) => _ = SignOutIfOursAsync(sessionId);

    private async Task SignOutIfOursAsync(string sessionId)
    {
        var state = await GetAuthenticationStateAsync();
        if (string.Equals(SignInSessions.IdOf(state.User), sessionId, StringComparison.Ordinal))
        {
            SetAuthenticationState(SignedOut);
        }
    }
}
