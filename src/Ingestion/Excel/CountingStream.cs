namespace TargetsDashboard.Ingestion.Excel;

/// <summary>
/// Reads an inflating zip entry and stops at a limit: the entry's declared size can lie, its real size is only known
/// while it inflates. Past the limit it reports the end of the data and sets <see cref="Exceeded"/>.
/// </summary>
internal sealed class CountingStream(Stream inner, long limit) : Stream
{
    private long _read;

    public bool Exceeded { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (Exceeded)
        {
            return 0;
        }

        var n = inner.Read(buffer, offset, count);
        _read += n;
        if (_read > limit)
        {
            Exceeded = true;
            return 0;
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
