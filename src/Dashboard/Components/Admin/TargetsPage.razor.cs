using TargetsDashboard.Dashboard.Writes;
using TargetsDashboard.Data.Auditing;

namespace TargetsDashboard.Dashboard.Components.Admin;

public partial class TargetsPage
{
    private IReadOnlyList<Indicator> _indicators = [];
    private string? _message;
    private bool _messageIsError;
    private int? _editingDefinition;
    private string? _numerator;
    private string? _denominator;
    private string? _note;

    [Inject]
    private TargetAdministration Administration { get; set; } = null!;

    [Inject]
    private WriteGuard Writes { get; set; } = null!;

    [Inject]
    private ICurrentActor Actor { get; set; } = null!;

    protected override async Task OnInitializedAsync() => _indicators = await Administration.ListAsync();

    private async Task<string> UserAsync() => await Actor.GetNameAsync();

    private async Task AddTargetAsync(NewTarget target)
    {
        var (refusal, failure) = await Writes.RunAsync("ngưỡng chỉ tiêu mới", async () => await Administration.AddAsync(target, await UserAsync()));
        var error = failure?.Message ?? refusal;
        _messageIsError = error is not null;
        _message = error ?? "Đã thêm ngưỡng chỉ tiêu mới.";
        _indicators = await Administration.ListAsync();
    }

    private void EditDefinition(Indicator indicator)
    {
        _editingDefinition = indicator.Id;
        _numerator = indicator.NumeratorVi;
        _denominator = indicator.DenominatorVi;
        _note = indicator.DefinitionNoteVi;
    }

    private async Task SaveDefinitionAsync(int indicatorId)
    {
        if (string.IsNullOrWhiteSpace(_numerator) || string.IsNullOrWhiteSpace(_denominator))
        {
            _messageIsError = true;
            _message = "Cần nhập tử số và mẫu số.";
            return;
        }

        var failure = await Writes.RunAsync(
            "định nghĩa chỉ tiêu", async () => await Administration.UpdateDefinitionAsync(indicatorId, _numerator, _denominator, _note, await UserAsync()));
        _messageIsError = failure is not null;
        _message = failure?.Message ?? "Đã lưu định nghĩa.";
        if (failure is not null)
        {
            return;
        }

        _editingDefinition = null;
        _indicators = await Administration.ListAsync();
    }
}
