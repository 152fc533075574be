using TargetsDashboard.Data.Auditing;

namespace TargetsDashboard.Dashboard.Writes;

/// <summary>
/// Code-behind base of a page or panel whose forms save through <see cref="WriteGuard"/> as the signed-in person: one save
/// at a time (the buttons are disabled while <see cref="Busy"/>), and every save ends in <see cref="Message"/>, a refusal,
/// a failure or the success text.
/// </summary>
public abstract class SavingComponentBase : ComponentBase
{
    [Inject]
    private WriteGuard Writes { get; set; } = null!;

    [Inject]
    private ICurrentActor Actor { get; set; } = null!;

    /// <summary>What the last save ended in; null before the first.</summary>
    protected string? Message { get; private set; }

    protected bool MessageIsError { get; private set; }

    /// <summary>A save is running: a second click does nothing.</summary>
    protected bool Busy { get; private set; }

    /// <summary>
    /// Runs <paramref name="save"/> unless a save is running, shows what it answered (null: <paramref name="success"/>), then
    /// runs <paramref name="after"/> with whether it saved, still busy, so the page reloads before the buttons come back.
    /// </summary>
    /// <param name="save">Null when saved, else what to tell the person: an unreadable form, or <see cref="WriteAsync"/>'s answer.</param>
    protected async Task RunSaveAsync(Func<Task<string?>> save, Func<string> success, Func<bool, Task> after)
    {
        ArgumentNullException.ThrowIfNull(save);
        ArgumentNullException.ThrowIfNull(success);
        ArgumentNullException.ThrowIfNull(after);
        if (Busy)
        {
            return;
        }

        Busy = true;
        try
        {
            var error = await save();
            MessageIsError = error is not null;
            Message = error ?? success();
            await after(error is null);
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>Runs a write as the signed-in person through <see cref="WriteGuard"/>: its refusal, the failure's message, or null when saved.</summary>
    /// <param name="what">What is saved, as the failure message names it.</param>
    /// <param name="write">Gets the person's name; answers a refusal or null.</param>
    protected async Task<string?> WriteAsync(string what, Func<string, Task<string?>> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var (refusal, failure) = await Writes.RunAsync(what, async () => await write(await Actor.GetNameAsync()));
        return failure?.Message ?? refusal;
    }
}
