namespace TargetsDashboard.Dashboard.Components.Account;

public partial class ChangePassword
{
    [SupplyParameterFromQuery(Name = "loi")]
    public string? Error { get; set; }

    /// <summary>"true" after a change; read as text, so that no value in the URL can fail the page.</summary>
    [SupplyParameterFromQuery(Name = "ok")]
    public string? OkToken { get; set; }

    private bool Ok => ViewQuery.ParseFlag(OkToken);

    private string? ErrorText => Error switch
    {
        "sai" => "Mật khẩu hiện tại không đúng.",
        "yeu" => "Mật khẩu mới chưa đủ mạnh: cần ít nhất 8 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt.",
        "xac-nhan" => "Mật khẩu mới và phần nhập lại không khớp.",
        _ => null,
    };
}
