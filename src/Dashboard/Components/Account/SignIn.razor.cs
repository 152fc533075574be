namespace TargetsDashboard.Dashboard.Components.Account;

public partial class SignIn
{
    [SupplyParameterFromQuery(Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    [SupplyParameterFromQuery(Name = "loi")]
    public string? Error { get; set; }

    private string? ErrorText => Error switch
    {
        "sai" => "Tên đăng nhập hoặc mật khẩu không đúng.",
        "khoa" => "Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.",
        "vo-hieu" => "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.",
        "thieu" => "Vui lòng nhập tên đăng nhập và mật khẩu.",
        _ => null,
    };
}
