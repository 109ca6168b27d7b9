using System;
using SeedData.Training;

return args.Length switch
{
    3 when args[0] == "predict" => Predictions.Write(args[1], args[2]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        seeddata-training predict ARTICLES OUT   write the generator's quotes and entities for every ARTICLES/*.txt as OUT/*.json (score.py's format)
        """);
    return 2;
}
