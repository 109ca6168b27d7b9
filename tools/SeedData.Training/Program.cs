using System;
using SeedData.Training;

return args switch
{
    ["explain", var text] => Explain.Run(text),
    ["predict", var articles, var output] => Predictions.Write(articles, output),
    ["train", var data, var output] => Training.Run(data, output),
    ["crossval", var data] => CrossValidation.Run(data),
    ["crossval", var data, var errors] => CrossValidation.Run(data, errors),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        SeedData.Training train DATA MODEL         train the entity-kind model on DATA (../shared/train/ner) and write MODEL
                                                   (src/SeedData.Generator/Extraction/Kinds/entity-kinds.bin); prints the held-back fold's figures
        SeedData.Training crossval DATA            ten-fold cross-validation over wikigold (each fold scored by a model trained without it); writes nothing
        SeedData.Training crossval DATA ERRORS     the same, and writes each document's gold and predicted names as ERRORS/gold/*.json and ERRORS/pred/*.json
        SeedData.Training explain TEXT              print every candidate name of TEXT (paragraphs split by blank lines) with the rules' and the model's kind, then the entities
        SeedData.Training predict ARTICLES OUT     write the generator's quotes and entities for every ARTICLES/*.txt as OUT/*.json (score.py's format)
        """);
    return 2;
}
