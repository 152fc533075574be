using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TargetsDashboard.Data.Entities;

namespace TargetsDashboard.Dashboard.Security;

/// <summary>Sign in, sign out and change password: form posts with antiforgery, answered with a redirect.</summary>
public static class AccountEndpoints
{
    public const string SignInPath = "/dang-nhap";
    public const string ChangePasswordPath = "/tai-khoan/doi-mat-khau";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var account = endpoints.MapGroup("/tai-khoan");

        account.MapPost("/dang-nhap", SignInAsync).AllowAnonymous();
        account.MapPost("/dang-xuat", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect(SignInPath);
        });
        account.MapPost("/doi-mat-khau", ChangePasswordAsync);
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(
        [FromForm(Name = "tenDangNhap")] string? userName,
        [FromForm(Name = "matKhau")] string? password,
        [FromForm(Name = "returnUrl")] string? returnUrl,
        SignInManager<AppUser> signIn,
        UserManager<AppUser> users)
    {
        var back = SafeLocal(returnUrl);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return Results.LocalRedirect(SignInUrl("thieu", back));
        }

        var user = await users.FindByNameAsync(userName.Trim());
        if (user is { IsDisabled: true })
        {
            return Results.LocalRedirect(SignInUrl("vo-hieu", back));
        }

        var result = await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(back);
        }

        return Results.LocalRedirect(SignInUrl(result.IsLockedOut ? "khoa" : "sai", back));
    }

    private static async Task<IResult> ChangePasswordAsync(
        [FromForm(Name = "matKhauCu")] string? current,
        [FromForm(Name = "matKhauMoi")] string? next,
        [FromForm(Name = "xacNhan")] string? confirm,
        HttpContext http,
        UserManager<AppUser> users,
        SignInManager<AppUser> signIn)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return Results.LocalRedirect(SignInPath);
        }

        if (string.IsNullOrEmpty(current) || string.IsNullOrEmpty(next) || next != confirm)
        {
            return Results.LocalRedirect($"{ChangePasswordPath}?loi=xac-nhan");
        }

        var result = await users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            var code = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) ? "sai" : "yeu";
            return Results.LocalRedirect($"{ChangePasswordPath}?loi={code}");
        }

        await signIn.RefreshSignInAsync(user);
        return Results.LocalRedirect($"{ChangePasswordPath}?ok=1");
    }

    /// <summary>Only a path inside this app: an open redirect would let a link send a signed-in user anywhere.</summary>
    public static string SafeLocal(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";

    private static string SignInUrl(string error, string returnUrl) =>
        $"{SignInPath}?loi={error}&returnUrl={Uri.EscapeDataString(returnUrl)}";
}
