using TargetsDashboard.Dashboard.Writes;
using TargetsDashboard.Data.Auditing;

namespace TargetsDashboard.Dashboard.Components.Admin;

public partial class UnitsPage
{
    private IReadOnlyList<Unit> _units = [];
    private string? _message;
    private bool _messageIsError;
    private string? _newName;
    private UnitKind _newKind = UnitKind.Commune;
    private DateTime? _newFrom = VietnamToday;
    private int? _editing;
    private string? _rename;
    private int? _successor;

    [Inject]
    private UnitMaintenance Maintenance { get; set; } = null!;

    [Inject]
    private WriteGuard Writes { get; set; } = null!;

    [Inject]
    private ICurrentActor Actor { get; set; } = null!;

    protected override async Task OnInitializedAsync() => await ReloadAsync();

    private async Task ReloadAsync() => _units = await Maintenance.ListAsync();

    private async Task<string> UserAsync() => await Actor.GetNameAsync();

    private static DateTime VietnamToday => Vietnam.Now(TimeProvider.System).Date;

    private static DateOnly Today => DateOnly.FromDateTime(VietnamToday);

    private static string Validity(Unit unit) =>
        unit.ValidTo is { } to
            ? $"{VietnameseFormat.Date(unit.ValidFrom)} – {VietnameseFormat.Date(to)}{(unit.Successor is null ? string.Empty : $" (sáp nhập vào {unit.Successor.Name})")}"
            : $"từ {VietnameseFormat.Date(unit.ValidFrom)}";

    /// <summary>Earlier names, oldest first, each with the days it was valid: "Xã A (01/11/2023 – 30/09/2025)".</summary>
    private static string FormerNames(Unit unit) =>
        string.Join("; ", unit.NameHistory.OrderBy(h => h.ValidFrom).Select(h => $"{h.Name} ({VietnameseFormat.Date(h.ValidFrom)} – {VietnameseFormat.Date(h.ValidTo)})"));

    private async Task CreateAsync()
    {
        var (refusal, failure) = await Writes.RunAsync(
            "đơn vị mới", async () => await Maintenance.CreateAsync(string.Empty, _newName ?? string.Empty, _newKind, DateOnly.FromDateTime(_newFrom ?? VietnamToday), await UserAsync()));
        var error = failure?.Message ?? refusal;
        await DoneAsync(error, $"Đã thêm {_newName}.");
        if (error is null)
        {
            _newName = null;
        }
    }

    private void Edit(Unit unit)
    {
        _editing = unit.Id;
        _rename = unit.Name;
        _successor = null;
    }

    private async Task RenameAsync(Unit unit)
    {
        if (string.IsNullOrWhiteSpace(_rename) || _rename.Trim() == unit.Name)
        {
            await DoneAsync("Cần nhập tên mới khác tên hiện tại.", string.Empty);
            return;
        }

        var failure = await Writes.RunAsync($"tên mới của {unit.Name}", async () => await Maintenance.RenameAsync(unit.Id, _rename, Today, await UserAsync()));
        await DoneAsync(failure?.Message, $"Đã đổi tên {unit.Name} thành {_rename}.");
    }

    private async Task MergeAsync(Unit unit)
    {
        if (_successor is not { } successor)
        {
            await DoneAsync("Cần chọn đơn vị tiếp nhận.", string.Empty);
            return;
        }

        var failure = await Writes.RunAsync($"việc sáp nhập {unit.Name}", async () => await Maintenance.MergeAsync([unit.Id], successor, Today, await UserAsync()));
        await DoneAsync(failure?.Message, $"Đã sáp nhập {unit.Name}.");
    }

    private async Task DeactivateAsync(Unit unit)
    {
        var failure = await Writes.RunAsync($"việc ngừng hoạt động của {unit.Name}", async () => await Maintenance.DeactivateAsync(unit.Id, Today.AddDays(-1), await UserAsync()));
        await DoneAsync(failure?.Message, $"{unit.Name} ngừng hoạt động từ hôm nay.");
    }

    private async Task DoneAsync(string? error, string success)
    {
        _messageIsError = error is not null;
        _message = error ?? success;
        if (error is null)
        {
            _editing = null;
            await ReloadAsync();
        }
    }
}
