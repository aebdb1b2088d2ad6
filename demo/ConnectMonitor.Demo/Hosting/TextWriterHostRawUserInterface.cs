using System.Management.Automation.Host;

namespace ConnectMonitor.Demo.Hosting;

/// <summary>A fixed-size virtual console: its width is what PowerShell's table formatting fits columns into.</summary>
internal sealed class TextWriterHostRawUserInterface(int width) : PSHostRawUserInterface
{
    public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;

    public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;

    public override Coordinates CursorPosition { get; set; }

    public override Coordinates WindowPosition { get; set; }

    public override int CursorSize { get; set; } = 1;

    public override Size BufferSize { get; set; } = new(width, 9999);

    public override Size WindowSize { get; set; } = new(width, 50);

    public override Size MaxWindowSize => WindowSize;

    public override Size MaxPhysicalWindowSize => WindowSize;

    public override string WindowTitle { get; set; } = "ConnectMonitor";

    public override bool KeyAvailable => false;

    public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException("This host is not interactive.");

    public override void FlushInputBuffer() { }

    public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException();

    public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) => throw new NotSupportedException();

    public override void SetBufferContents(Rectangle rectangle, BufferCell fill) => throw new NotSupportedException();

    public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) =>
        throw new NotSupportedException();
}
