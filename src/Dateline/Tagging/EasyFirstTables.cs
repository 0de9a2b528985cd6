using Dateline.Learning;

namespace Dateline.Tagging;

/// <summary>
/// Easy-first decoding (experiment): the summed scores of the tag-only features of <see cref="PosFeatures.AddBothSidesTagFeatures"/>
/// for every pair of tag values (-2 unassigned, -1 outside the sentence, or a label), so a re-scored position reads
/// three small vectors instead of probing seven features.
/// </summary>
internal sealed class EasyFirstTables
{
    private readonly int labels;
    private readonly int values;
    private readonly float[] leftPairs;
    private readonly float[] rightPairs;
    private readonly float[] around;
    private readonly float[]? leftTrigrams;
    private readonly float[]? rightTrigrams;

    public EasyFirstTables(SequenceModel model)
    {
        labels = model.Labels.Count;
        values = labels + 2;
        leftPairs = new float[values * values * labels];
        rightPairs = new float[values * values * labels];
        around = new float[values * values * labels];
        var scratch = new FeatureVector();
        for (int a = -2; a < labels; a++)
        {
            for (int b = -2; b < labels; b++)
            {
                int offset = Offset(a, b);
                scratch.Clear();
                PosFeatures.AddLeftPairFeatures(a, b, scratch);
                model.Score(scratch.Items, leftPairs.AsSpan(offset, labels));
                scratch.Clear();
                PosFeatures.AddRightPairFeatures(a, b, scratch);
                model.Score(scratch.Items, rightPairs.AsSpan(offset, labels));
                scratch.Clear();
                PosFeatures.AddAroundFeatures(a, b, scratch);
                model.Score(scratch.Items, around.AsSpan(offset, labels));
            }
        }

        if (PosFeatures.BothSidesExtra < 2)
        {
            return;
        }

        leftTrigrams = new float[values * values * values * labels];
        rightTrigrams = new float[values * values * values * labels];
        for (int a = -2; a < labels; a++)
        {
            for (int b = -2; b < labels; b++)
            {
                for (int c = -2; c < labels; c++)
                {
                    int offset = Offset(a, b, c);
                    scratch.Clear();
                    PosFeatures.AddLeftTrigramFeatures(a, b, c, scratch);
                    model.Score(scratch.Items, leftTrigrams.AsSpan(offset, labels));
                    scratch.Clear();
                    PosFeatures.AddRightTrigramFeatures(a, b, c, scratch);
                    model.Score(scratch.Items, rightTrigrams.AsSpan(offset, labels));
                }
            }
        }
    }

    public bool HasTrigrams => leftTrigrams is not null;

    public ReadOnlySpan<float> LeftTrigram(int left2, int left1, int right1) => leftTrigrams.AsSpan(Offset(left2, left1, right1), labels);

    public ReadOnlySpan<float> RightTrigram(int left1, int right1, int right2) => rightTrigrams.AsSpan(Offset(left1, right1, right2), labels);

    private int Offset(int a, int b, int c) => (((((a + 2) * values) + b + 2) * values) + c + 2) * labels;

    public ReadOnlySpan<float> LeftPair(int left1, int left2) => leftPairs.AsSpan(Offset(left1, left2), labels);

    public ReadOnlySpan<float> RightPair(int right1, int right2) => rightPairs.AsSpan(Offset(right1, right2), labels);

    public ReadOnlySpan<float> Around(int left1, int right1) => around.AsSpan(Offset(left1, right1), labels);

    private int Offset(int a, int b) => (((a + 2) * values) + b + 2) * labels;
}
