using PoPath.Web.Hosting;

// Run the web app on its own (dotnet run --project src/PoPath.Web); `popath serve` is the usual way in.
var options = WebOptions.FromArgs(args);
await using var app = await PoPathWebApp.BuildAsync(options, args);
await PoPathWebApp.RunAsync(app, options, Console.Out, CancellationToken.None);
