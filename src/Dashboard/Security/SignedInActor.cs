using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using TargetsDashboard.Dashboard.Api;
using TargetsDashboard.Data.Auditing;

namespace TargetsDashboard.Dashboard.Security;

/// <summary>
/// The actor of a circuit or a request: in a Blazor circuit the user of its authentication state (HttpContext is not
/// the circuit's there), in an HTTP request (an endpoint, the API) the request's user; an API key acts as
/// <c>api:</c> and its source system. Nobody signed in is an error: a page or endpoint that writes requires sign-in.
/// </summary>
public sealed class SignedInActor(AuthenticationStateProvider authentication, IHttpContextAccessor http) : ICurrentActor
{
    public async ValueTask<string> GetNameAsync(CancellationToken cancellationToken = default) =>
        NameOf(await UserAsync()) ?? throw new InvalidOperationException("Nobody is signed in, and a save needs an actor.");

    /// <summary>"vanphong", or "api:he-thong-tthc" for a principal of the API key scheme; null for nobody.</summary>
    public static string? NameOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity switch
        {
            { IsAuthenticated: true, AuthenticationType: ApiKeyAuthenticationHandler.SchemeName } => ApiKeyAuthenticationHandler.ActorName(user),
            { IsAuthenticated: true, Name: { Length: > 0 } name } => name,
            _ => null,
        };
    }

    private async Task<ClaimsPrincipal> UserAsync()
    {
        try
        {
            return (await authentication.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException) when (http.HttpContext is not null)
        {
            // Outside components (minimal API endpoints) the provider is never given a state; the request has the user.
            return http.HttpContext.User;
        }
    }
}
