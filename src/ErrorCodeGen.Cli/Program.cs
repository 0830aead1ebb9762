using System;
using ErrorCodeGen.Cli;

return CliApp.Run(args, Console.Out, Console.Error, Invocation.DetectPrefix());
