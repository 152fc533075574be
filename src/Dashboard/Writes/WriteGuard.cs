using System.Diagnostics;
using System.Security.Cryptography;

namespace TargetsDashboard.Dashboard.Writes;

/// <summary>A write a person started that did not happen: what to tell them, and the id under which the log holds the error.</summary>
public sealed record WriteFailure(string ErrorId, string Message);

/// <summary>
/// Runs every write a person starts from a page (corrections, notes, import confirm, month locks, users, units,
/// targets, API keys). A fault of the database (a full disk, a read-only file, a lost server) must not kill the
/// circuit and leave an earlier "saved" on screen: it ends in a Vietnamese message that says nothing was saved and
/// what to do, and the log has the exception under the id the message shows.
/// </summary>
public sealed class WriteGuard(ILogger<WriteGuard> logger)
{
    /// <summary>Runs <paramref name="write"/>; null when it completed, else what to show.</summary>
    /// <param name="what">What was being saved, as the message names it: "số liệu Số hóa", "ghi chú của tháng".</param>
    public Task<WriteFailure?> RunAsync(string what, Func<Task> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return GuardAsync(what, write);
    }

    /// <summary>Runs a write that answers something (a refusal message, a result); the failure replaces the answer.</summary>
    public async Task<(T? Result, WriteFailure? Failure)> RunAsync<T>(string what, Func<Task<T>> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        T? result = default;
        var failure = await GuardAsync(what, async () => result = await write());
        return (failure is null ? result : default, failure);
    }

    /// <summary>"Không lưu được số liệu Số hóa: …; mã lỗi 3F2A9C1D."</summary>
    public static string Message(string what, string errorId) =>
        $"Không lưu được {what}: hệ thống không ghi được vào cơ sở dữ liệu, nên thay đổi này chưa được lưu và dữ liệu vẫn như trước. "
        + $"Hãy thử lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị viên kèm mã lỗi {errorId}.";

    private async Task<WriteFailure?> GuardAsync(string what, Func<Task> write)
    {
        try
        {
            await write();
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var id = NewErrorId();
            logger.LogError(e, "A write failed: {What}. Error id {ErrorId}, trace {TraceId}.", what, id, Activity.Current?.TraceId.ToString());
            return new WriteFailure(id, Message(what, id));
        }
    }

    /// <summary>Eight hex characters: short enough to read out on the phone, unique enough to find one entry in a day's log.</summary>
    private static string NewErrorId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
}
