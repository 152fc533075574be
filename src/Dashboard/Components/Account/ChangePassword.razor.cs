using Microsoft.AspNetCore.Components;

namespace TargetsDashboard.Dashboard.Components.Account;

public partial class ChangePassword
{
    [SupplyParameterFromQuery(Name = "loi")]
    public string? Error { get; set; }

    [SupplyParameterFromQuery(Name = "ok")]
    public bool Ok { get; set; }

    private string? ErrorText => Error switch
    {
        "sai" => "Mật khẩu hiện tại không đúng.",
        "yeu" => "Mật khẩu mới chưa đủ mạnh: cần ít nhất 8 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt.",
        "xac-nhan" => "Mật khẩu mới và phần nhập lại không khớp.",
        _ => null,
    };
}
