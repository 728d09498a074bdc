namespace PoPath.Eval;

/// <summary>A binary confusion count with precision, recall and F1.</summary>
internal sealed class Counts
{
    public int Tp { get; private set; }
    public int Fp { get; private set; }
    public int Fn { get; private set; }
    public int Tn { get; private set; }

    public int Total => Tp + Fp + Fn + Tn;
    public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);
    public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(bool expected, bool actual)
    {
        switch (expected, actual)
        {
            case (true, true): Tp++; break;
            case (false, true): Fp++; break;
            case (true, false): Fn++; break;
            default: Tn++; break;
        }
    }

    public void Merge(Counts other)
    {
        Tp += other.Tp;
        Fp += other.Fp;
        Fn += other.Fn;
        Tn += other.Tn;
    }
}
