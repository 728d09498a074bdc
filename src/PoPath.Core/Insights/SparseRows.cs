using System.Runtime.CompilerServices;
namespace PoPath.Core.Insights;

/// <summary>A sparse matrix in compressed-row form (one row per text, L2-normalised TF-IDF weights).</summary>
internal sealed class SparseRows
{
    public SparseRows(int[] rowStart, int[] columns, float[] values, int columnCount)
    {
        RowStart = rowStart;
        Columns = columns;
        Values = values;
        ColumnCount = columnCount;
    }

    public int[] RowStart { get; }

    public int[] Columns { get; }

    public float[] Values { get; }

    public int ColumnCount { get; }

    public int RowCount => RowStart.Length - 1;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<int> ColumnsOf(int row) => Columns.AsSpan(RowStart[row], RowStart[row + 1] - RowStart[row]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<float> ValuesOf(int row) => Values.AsSpan(RowStart[row], RowStart[row + 1] - RowStart[row]);

    /// <summary>The same matrix in compressed-column form (rows of the result are this matrix's columns).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SparseRows Transpose()
    {
        var counts = new int[ColumnCount + 1];
        foreach (var c in Columns)
        {
            counts[c + 1]++;
        }

        for (var i = 0; i < ColumnCount; i++)
        {
            counts[i + 1] += counts[i];
        }

        var next = (int[])counts.Clone();
        var cols = new int[Columns.Length];
        var vals = new float[Values.Length];
        for (var r = 0; r < RowCount; r++)
        {
            for (var p = RowStart[r]; p < RowStart[r + 1]; p++)
            {
                var at = next[Columns[p]]++;
                cols[at] = r;
                vals[at] = Values[p];
            }
        }

        return new SparseRows(counts, cols, vals, RowCount);
    }

    /// <summary>Cosine of two rows that are both L2-normalised (a sorted-merge dot product).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public float Dot(int a, SparseRows other, int b)
    {
        var ca = ColumnsOf(a);
        var va = ValuesOf(a);
        var cb = other.ColumnsOf(b);
        var vb = other.ValuesOf(b);
        var i = 0;
        var j = 0;
        var sum = 0f;
        while (i < ca.Length && j < cb.Length)
        {
            if (ca[i] == cb[j])
            {
                sum += va[i++] * vb[j++];
            }
            else if (ca[i] < cb[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>Side-by-side blocks [a·wa | b·wb], each row L2-normalised again.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SparseRows Concat(SparseRows a, float wa, SparseRows b, float wb)
    {
        var rowStart = new int[a.RowCount + 1];
        var cols = new int[a.Columns.Length + b.Columns.Length];
        var vals = new float[cols.Length];
        var at = 0;
        for (var r = 0; r < a.RowCount; r++)
        {
            var start = at;
            var ca = a.ColumnsOf(r);
            var va = a.ValuesOf(r);
            for (var p = 0; p < ca.Length; p++)
            {
                cols[at] = ca[p];
                vals[at++] = va[p] * wa;
            }

            var cb = b.ColumnsOf(r);
            var vb = b.ValuesOf(r);
            for (var p = 0; p < cb.Length; p++)
            {
                cols[at] = cb[p] + a.ColumnCount;
                vals[at++] = vb[p] * wb;
            }

            var norm = 0.0;
            for (var p = start; p < at; p++)
            {
                norm += (double)vals[p] * vals[p];
            }

            if (norm > 0)
            {
                var scale = (float)(1.0 / Math.Sqrt(norm));
                for (var p = start; p < at; p++)
                {
                    vals[p] *= scale;
                }
            }

            rowStart[r + 1] = at;
        }

        return new SparseRows(rowStart, cols, vals, a.ColumnCount + b.ColumnCount);
    }
}
