<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Bands</name>
    <message>
        <source>Weekday daytime</source>
        <translation type="vanished">平日日中</translation>
    </message>
    <message>
        <source>Weekday night</source>
        <translation type="vanished">平日夜間</translation>
    </message>
    <message>
        <source>Weekend/holiday daytime</source>
        <translation type="vanished">土日祝日中</translation>
    </message>
    <message>
        <source>Weekend/holiday night</source>
        <translation type="vanished">土日祝夜間</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>&amp;Save as PNG…</source>
        <extracomment>Families tried in order for Japanese glyphs (present ones win; none is required). Colour-blind-friendly palette (Okabe–Ito, then Tableau) for candidates.</extracomment>
        <translation>PNGで保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>グラフをPNGで保存</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>グラフを保存できませんでした</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Check that the folder exists and that you may write there.</source>
        <translation>グラフを %1 に書き込めませんでした。フォルダーが存在し、書き込みが許可されているか確認してください。</translation>
    </message>
</context>
<context>
    <name>ContributionChart</name>
    <message>
        <source>Score by criterion</source>
        <extracomment>colours of criteria (not of candidates: a bar&apos;s pieces are criteria)</extracomment>
        <translation>評価項目別のスコア内訳</translation>
    </message>
    <message>
        <source>Each bar is a candidate&apos;s score, split into what each criterion adds (weight × the candidate&apos;s score on it). Ctrl+C in the table copies it.</source>
        <translation>各バーは候補のスコアを、評価項目ごとの寄与（重み × その項目での評価）に分けたものです。表は Ctrl+C でコピーできます。</translation>
    </message>
    <message>
        <source>Points (of 100)</source>
        <translation>点（100 点満点）</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
</context>
<context>
    <name>CrossoverChart</name>
    <message>
        <source>Break-even</source>
        <translation>損益分岐</translation>
    </message>
    <message>
        <source>Monthly cost (tax excluded, no setup fee) at each monthly volume. Tick the candidates to compare.</source>
        <translation>月間件数ごとの月額費用（税抜・初期費用を除く）。比較する候補にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>月間件数</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>月額費用</translation>
    </message>
    <message>
        <source>%1 is cheaper than %2 above %3 contacts a month</source>
        <translation>月%3件を超えると%1の方が%2より安くなります</translation>
    </message>
    <message>
        <source>The chosen candidates&apos; costs do not cross.</source>
        <translation>選んだ候補の費用は交差しません。</translation>
    </message>
</context>
<context>
    <name>FileTransfer</name>
    <message>
        <source>Please wait</source>
        <translation type="vanished">お待ちください</translation>
    </message>
    <message>
        <source>-comparison</source>
        <translation>-比較</translation>
    </message>
    <message>
        <source>Export comparison workbook</source>
        <translation>比較ブックを書き出し</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the comparison workbook…</source>
        <translation>比較ブックを書き出しています…</translation>
    </message>
    <message>
        <source>Export quote template</source>
        <translation>見積もりテンプレートを書き出し</translation>
    </message>
    <message>
        <source>quote-template</source>
        <translation>見積もりテンプレート</translation>
    </message>
    <message>
        <source>Writing the quote template…</source>
        <translation>見積もりテンプレートを書き出しています…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>The file could not be written:</source>
        <translation>ファイルを書き込めませんでした：</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Import quotes</source>
        <translation>見積もりの取り込み</translation>
    </message>
    <message>
        <source>Reading the quotes…</source>
        <translation>見積もりを読み込んでいます…</translation>
    </message>
    <message>
        <source>The quotes were not imported</source>
        <translation>見積もりを取り込めませんでした</translation>
    </message>
    <message>
        <source>Nothing was changed. Please correct these cells and import again:</source>
        <translation>プロジェクトは変更していません。次のセルを修正してから、もう一度取り込んでください：</translation>
    </message>
    <message>
        <source>Quotes imported</source>
        <translation>見積もりを取り込みました</translation>
    </message>
</context>
<context>
    <name>MonthlyCostChart</name>
    <message>
        <source>Monthly cost</source>
        <extracomment>the gap kept between the shadings of two neighbouring months</extracomment>
        <translation>月別費用</translation>
    </message>
    <message>
        <source>Expected cost of each month (tax excluded). Shaded: sale events.</source>
        <translation>各月の費用の見込み（税抜）。網掛けはセール期間です。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>月額費用</translation>
    </message>
    <message>
        <source>Ctrl+C copies the table as tab-separated text for Excel or mail</source>
        <translation>Ctrl+C で表をタブ区切りテキストとしてコピーできます（Excel やメール用）</translation>
    </message>
    <message>
        <source>Expected contacts</source>
        <translation>想定問い合わせ件数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Monthly budget %1</source>
        <translation>月予算 %1</translation>
    </message>
</context>
<context>
    <name>PeakChart</name>
    <message>
        <source>Peak month</source>
        <translation>繁忙期の詳細</translation>
    </message>
    <message>
        <source>Contacts in the month</source>
        <translation>月間件数（時間帯別）</translation>
    </message>
    <message>
        <source>Cost of the month (tax excluded)</source>
        <translation>当月の費用（税抜）</translation>
    </message>
    <message>
        <source>Peak month: %1</source>
        <extracomment>candidate index → cost bar value, as drawn</extracomment>
        <translation>繁忙期の詳細：%1</translation>
    </message>
</context>
<context>
    <name>PeakPanel</name>
    <message>
        <source>Candidate</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Uncovered contacts</source>
        <translation>委託外の件数</translation>
    </message>
    <message>
        <source>Vendor cost</source>
        <translation>委託費用</translation>
    </message>
    <message>
        <source>In-house cost</source>
        <translation>自社対応の費用</translation>
    </message>
    <message>
        <source>Cost of the month</source>
        <translation>当月の費用合計</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月：</translation>
    </message>
    <message>
        <source>Expected contacts: %1</source>
        <translation>見込み件数：%1件</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Horizon total (tax excl.)</source>
        <translation>期間合計(税抜)</translation>
    </message>
    <message>
        <source>Horizon total (tax incl.)</source>
        <translation>期間合計(税込)</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>Cheapest among ranked</source>
        <translation>最安確率（順位内）</translation>
    </message>
    <message>
        <source>Share of the cost scenarios in which this candidate has the lowest total among the ranked candidates (candidates excluded by a must-have are no real alternative and are left out)</source>
        <translation>コストのシナリオのうち、順位のついた候補の中でこの候補の総額が最も低くなる割合（必須条件で除外した候補は比較の対象にならないため含みません）</translation>
    </message>
    <message>
        <source>Billed by the minute of handling time</source>
        <translation>対応時間の分単位で課金</translation>
    </message>
    <message>
        <source>Billed by the contact</source>
        <translation>1件単位で課金</translation>
    </message>
    <message>
        <source>Seat charges over the horizon: %1</source>
        <translation>期間中の席料金：%1</translation>
    </message>
    <message>
        <source>Contacts left to the shop by channel:</source>
        <translation>自社対応になる問い合わせ（チャネル別）：</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>1位になる確率</translation>
    </message>
    <message>
        <source>Price cut to win</source>
        <translation>逆転に必要な値下げ幅</translation>
    </message>
    <message>
        <source>Contacts left to the shop</source>
        <translation>自社対応の件数</translation>
    </message>
    <message>
        <source>Their in-house cost</source>
        <translation>自社対応コスト</translation>
    </message>
    <message>
        <source>Excluded candidates</source>
        <translation>除外された候補</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>クリップボードにコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the table as tab-separated text for Excel or mail (Ctrl+C)</source>
        <translation>表をタブ区切りのテキストとしてコピーします（Excelやメールに貼り付け可能。Ctrl+C でも可）</translation>
    </message>
    <message>
        <source>Cheapest probability</source>
        <translation type="vanished">最安になる確率</translation>
    </message>
</context>
<context>
    <name>RankingTableModel</name>
    <message>
        <source>none</source>
        <extracomment>appended by the page to :func:`ranking_rows`: contacts each candidate leaves to the shop over the horizon and what they cost at the in-house rate</extracomment>
        <translation>不可</translation>
    </message>
    <message>
        <source>Tax included: %1</source>
        <translation>税込：%1</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Ranking</source>
        <extracomment>emitted after the page shows new results (tests, benchmark)</extracomment>
        <translation>ランキング</translation>
    </message>
    <message>
        <source>Why this order</source>
        <translation>順位の理由</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>月別費用</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>損益分岐</translation>
    </message>
    <message>
        <source>Value for money</source>
        <translation>コストパフォーマンス</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>感度分析</translation>
    </message>
    <message>
        <source>Peak month</source>
        <translation>繁忙期の詳細</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>Set &amp;in-house cost…</source>
        <translation>社内対応コストを設定(&amp;I)…</translation>
    </message>
    <message>
        <source>What one contact costs the shop when it handles it itself (staff time); also on the Settings page</source>
        <translation>自社で 1 件に対応したときのコスト（人件費など）。「設定」ページでも変更できます</translation>
    </message>
    <message>
        <source>In-house cost per contact</source>
        <translation>社内対応コスト（1 件あたり）</translation>
    </message>
    <message>
        <source>What does one contact cost the shop when it answers it itself (yen, tax excluded)?
For example staff time: 10 minutes at ¥1,800 an hour is ¥300.</source>
        <translation>自社で 1 件に対応すると、いくらかかりますか（円、税抜）？
例：時給 1,800 円のスタッフが 10 分かければ 300 円です。</translation>
    </message>
    <message>
        <source>The results could not be computed:</source>
        <translation>結果を計算できませんでした：</translation>
    </message>
    <message>
        <source>%1 of %2 candidates leave contacts to the shop (most: %3, %4 contacts), and those contacts are costed at ¥0 because no in-house cost per contact is set. Plans that cover fewer hours then look cheaper than they are.</source>
        <translation>%2 件の候補のうち %1 件が、対応時間外の問い合わせを自社対応に残します（最多：%3、%4 件）。社内対応コスト（1 件あたり）が未設定のため、これらは 0 円で計算されています。対応時間の短いプランが実際より安く見えます。</translation>
    </message>
    <message>
        <source>No candidates yet: add vendors and their plans (or import quotes).</source>
        <translation>まだ候補がありません。ベンダーとプランを追加するか、見積もりを取り込んでください。</translation>
    </message>
    <message>
        <source>The ranking needs fixing:</source>
        <translation>ランキングを出すには次の修正が必要です：</translation>
    </message>
    <message>
        <source>Best: %1 / %2 (score %3)</source>
        <translation>最有力：%1 / %2（スコア %3）</translation>
    </message>
    <message>
        <source>What-if: volume %1%</source>
        <translation>もしも分析：件数 %1%</translation>
    </message>
</context>
<context>
    <name>RiskChart</name>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Horizon total over the Monte Carlo scenarios: thick bar P50–P90, thin line to P95, dot = mean (tax excluded).</source>
        <translation>モンテカルロ・シナリオでの期間合計（税抜）：太い帯がP50〜P90、細い線がP95まで、点は平均です。</translation>
    </message>
    <message>
        <source>Horizon total</source>
        <translation>期間合計</translation>
    </message>
    <message>
        <source>Mean</source>
        <extracomment>candidate index → (p50, p90, p95, mean), as drawn</extracomment>
        <translation>平均</translation>
    </message>
</context>
<context>
    <name>SensitivityChart</name>
    <message>
        <source>Sensitivity</source>
        <translation>感度分析</translation>
    </message>
    <message>
        <source>Bars: weights at which the first candidate stays first; dot: current weight. Below: the price cut each candidate needs to come first.</source>
        <translation>帯：1位の候補が1位のままでいられる重みの範囲、点：現在の重み。下段：各候補が1位になるために必要な値下げ幅。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Price cut needed to rank first</source>
        <translation>1位になるために必要な値下げ幅</translation>
    </message>
    <message>
        <source>Computing…</source>
        <extracomment>criterion id → (low, high, current), as drawn candidate index → price-to-win fraction (None: no cut can)</extracomment>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>Current weight</source>
        <translation>現在の重み</translation>
    </message>
    <message>
        <source>Stays first</source>
        <translation>1位が変わらない範囲</translation>
    </message>
    <message>
        <source>no price cut is enough</source>
        <translation>値下げだけでは1位になれません</translation>
    </message>
    <message>
        <source>Price cut needed</source>
        <translation>必要な値下げ幅</translation>
    </message>
</context>
<context>
    <name>ValueChart</name>
    <message>
        <source>Value for money</source>
        <extracomment>where a label may sit around its point, in order of preference, as TextItem anchors: above right, below right, above left, below left</extracomment>
        <translation>コストパフォーマンス</translation>
    </message>
    <message>
        <source>Up and to the left is better. Large points are Pareto-efficient: no other candidate is both cheaper and better scored.</source>
        <translation>左上ほど良い候補です。大きな点はパレート効率的な候補（ほかに「より安く、かつスコアが高い」候補がない）です。</translation>
    </message>
    <message>
        <source>Horizon total (tax excluded)</source>
        <translation>期間合計（税抜）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Pareto-efficient</source>
        <extracomment>(candidate index, cost, score, pareto) as drawn the candidates&apos; names beside their points, in the order of ``points``</extracomment>
        <translation>パレート効率的</translation>
    </message>
    <message>
        <source>Dominated</source>
        <translation>劣位</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>&amp;Apply to project</source>
        <translation>プロジェクトに適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>リセット(&amp;R)</translation>
    </message>
    <message>
        <source>Criteria weights</source>
        <translation>評価基準の重み</translation>
    </message>
    <message>
        <source>Overall volume</source>
        <translation>全体の件数</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>もしも分析(What-if)</translation>
    </message>
    <message>
        <source>Try other volumes and weights; the project changes only when you apply them.</source>
        <translation>件数や重みを変えて試せます。「プロジェクトに適用」を押すまでプロジェクトは変わりません。</translation>
    </message>
    <message>
        <source>What-if is on: the results show these settings, not the project.</source>
        <translation>もしも分析中：表示中の結果はプロジェクトではなく、この設定によるものです。</translation>
    </message>
</context>
</TS>
