namespace Dateline.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int SomeInputFailed = 1;
    public const int Usage = 2;
}
