using Maatwerk.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddMaatwerk();

var app = builder.Build();
app.UseMaatwerk();
app.PrepareDatabase();
app.Run();

public partial class Program;
