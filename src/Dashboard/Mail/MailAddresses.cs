namespace TargetsDashboard.Dashboard.Mail;

/// <summary>The one check of a person's e-mail address (users page, first administrator, command line).</summary>
public static class MailAddresses
{
    /// <summary>Identity's column holds 256 characters.</summary>
    public const int MaxLength = 256;

    public const string Invalid = "Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@tinh.gov.vn).";

    /// <summary>The trimmed address, or null when <paramref name="text"/> is not one bare address (no name, no list).</summary>
    public static string? Normalize(string? text)
    {
        var trimmed = text?.Trim();
        return !string.IsNullOrEmpty(trimmed) && trimmed.Length <= MaxLength
            && MimeKit.MailboxAddress.TryParse(trimmed, out var address) && string.IsNullOrEmpty(address.Name)
            && string.Equals(address.Address, trimmed, StringComparison.Ordinal) && trimmed.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < trimmed.Length - 1
            ? trimmed
            : null;
    }
}
