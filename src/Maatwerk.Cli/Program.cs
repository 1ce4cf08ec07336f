using Maatwerk.Cli.Hosting;

return await CommandTree.Build(args).Parse(args).InvokeAsync();
