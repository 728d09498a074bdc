using PoPath.Cli;

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cts.Cancel();
};
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await PoPathApp.RunAsync(args, CliEnvironment.FromConsole(), cts.Token);
