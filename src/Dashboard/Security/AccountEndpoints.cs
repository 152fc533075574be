using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace TargetsDashboard.Dashboard.Security;

/// <summary>Sign in, sign out and change password: form posts with antiforgery, answered with a redirect.</summary>
public static class AccountEndpoints
{
    public const string SignInPath = "/dang-nhap";
    public const string ChangePasswordPath = "/tai-khoan/doi-mat-khau";

    /// <summary>Longer return addresses fall back to the home page: no page of the app needs more.</summary>
    public const int MaxReturnUrlLength = 2048;

    /// <summary>
    /// Compared against when the user name is unknown, so that an unknown name costs the same password hashing as a
    /// known one and the answer's timing does not tell which names exist.
    /// </summary>
    private static readonly Lazy<string> UnknownUserHash = new(() =>
        new PasswordHasher<AppUser>().HashPassword(new AppUser(), Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))));

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var account = endpoints.MapGroup("/tai-khoan");

        account.MapPost("/dang-nhap", SignInAsync).AllowAnonymous();

        account.MapPost("/dang-xuat", SignOutAsync);
        account.MapPost("/doi-mat-khau", ChangePasswordAsync);
        return endpoints;
    }

    /// <summary>
    /// Every refusal of a name and password reads the same whether the account exists or not: "wrong" or, after too
    /// many failures from this address (<see cref="SignInThrottle"/>), "closed for now". Only someone who gave the
    /// right password learns that the account is disabled.
    /// </summary>
    private static async Task<IResult> SignInAsync(
        [FromForm(Name = "tenDangNhap")] string? userName,
        [FromForm(Name = "matKhau")] string? password,
        [FromForm(Name = "returnUrl")] string? returnUrl,
        HttpContext http,
        SignInManager<AppUser> signIn,
        UserManager<AppUser> users,
        SignInThrottle throttle)
    {
        var back = SafeLocal(returnUrl);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return Results.LocalRedirect(SignInUrl("thieu", back));
        }

        var name = userName.Trim();
        var address = http.Connection.RemoteIpAddress;
        if (!throttle.IsAllowed(name, address))
        {
            return Results.LocalRedirect(SignInUrl("khoa", back));
        }

        var user = await users.FindByNameAsync(name);
        bool passwordRight;
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), UnknownUserHash.Value, password);
            passwordRight = false;
        }
        else
        {
            passwordRight = await users.CheckPasswordAsync(user, password);
        }

        if (!passwordRight)
        {
            throttle.Failed(name, address);
            return Results.LocalRedirect(SignInUrl(throttle.IsAllowed(name, address) ? "sai" : "khoa", back));
        }

        throttle.Succeeded(name, address);
        if (user!.IsDisabled)
        {
            return Results.LocalRedirect(SignInUrl("vo-hieu", back));
        }

        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "pwd")]);
        return Results.LocalRedirect(back);
    }

    /// <summary>
    /// No form field is bound, so nothing checks the antiforgery token unless asked: another page must not be able to
    /// sign a user out.
    /// </summary>
    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery, SignInManager<AppUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.Text("Yêu cầu đăng xuất không hợp lệ (thiếu mã xác thực biểu mẫu). Hãy tải lại trang rồi bấm Đăng xuất.", "text/plain; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status400BadRequest);
        }

        await signIn.SignOutAsync();
        return Results.LocalRedirect(SignInPath);
    }

    private static async Task<IResult> ChangePasswordAsync(
        [FromForm(Name = "matKhauCu")] string? current,
        [FromForm(Name = "matKhauMoi")] string? next,
        [FromForm(Name = "xacNhan")] string? confirm,
        HttpContext http,
        UserManager<AppUser> users,
        SignInManager<AppUser> signIn,
        SignInSessions sessions)
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

        // Whoever held the old password may hold a session too: every session ends, and this browser gets a new one.
        sessions.EndAll(user.Id);
        await signIn.RefreshSignInAsync(user);
        return Results.LocalRedirect($"{ChangePasswordPath}?ok=1");
    }

    /// <summary>
    /// Only a path inside this app, as <c>LocalRedirect</c> accepts it: an open redirect would let a link send a
    /// signed-in user anywhere, and an address it refuses (a control character) would end the sign-in in an error.
    /// </summary>
    public static string SafeLocal(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= MaxReturnUrlLength }
        && returnUrl[0] == '/'
        && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
        && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : "/";

    private static string SignInUrl(string error, string returnUrl) =>
        $"{SignInPath}?loi={error}&returnUrl={Uri.EscapeDataString(returnUrl)}";
}
