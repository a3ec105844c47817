<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ColumnsPage</name>
    <message>
        <source>What was read</source>
        <translation>読み込んだ内容</translation>
    </message>
    <message>
        <source>Check the columns vendorpick picked; change them if they are wrong.</source>
        <translation>vendorpick が選んだ列を確認し、違っていれば変更してください。</translation>
    </message>
    <message>
        <source>&amp;Date-time column:</source>
        <translation>日時の列(&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;hannel column:</source>
        <translation>チャネルの列(&amp;H):</translation>
    </message>
    <message>
        <source>C&amp;ount column:</source>
        <translation>件数の列(&amp;O):</translation>
    </message>
    <message>
        <source>Stop &amp;reading</source>
        <translation>読み込みを中止(&amp;R)</translation>
    </message>
    <message>
        <source>Reading stopped.</source>
        <translation>読み込みを中止しました。</translation>
    </message>
    <message>
        <source>History %1 – %2: %3 contacts, %4 whole months (%5 – %6).</source>
        <translation>履歴 %1 ～ %2: 問い合わせ %3 件、丸ごとの月 %4 か月（%5 ～ %6）。</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>履歴を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>one row per contact</source>
        <translation>1 行 1 件</translation>
    </message>
    <message>
        <source>counts per day</source>
        <translation>日別の件数</translation>
    </message>
    <message>
        <source>counts per hour</source>
        <translation>時間別の件数</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 rows (%5 unreadable), %6 – %7</source>
        <translation>%1: %2、%3、%4 行（読み取れない行 %5）、%6 ～ %7</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>History files</source>
        <translation>履歴ファイル</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s past contacts: CSV (UTF-8 or Shift_JIS), Excel, or the JSON of RMS inquiries. Several files are read as one history.</source>
        <translation>ショップの過去の問い合わせを選んでください: CSV（UTF-8 または Shift_JIS）、Excel、RMS の問い合わせの JSON。複数のファイルは 1 つの履歴として読み込みます。</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>ファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Count the Rakuten &amp;sale calendar of those years as past events (Super SALE, Shopping Marathon, year-end rush)</source>
        <translation>その年の楽天のセールカレンダーを過去のイベントとして数える(&amp;S)（スーパーSALE、お買い物マラソン、年末の駆け込み需要）</translation>
    </message>
    <message>
        <source>The project&apos;s own sale events are always counted as past events.</source>
        <translation>プロジェクトのセールイベントは常に過去のイベントとして数えます。</translation>
    </message>
    <message>
        <source>Past &amp;events file…</source>
        <translation>過去のイベントファイル(&amp;E)…</translation>
    </message>
    <message>
        <source>A JSON list of past sale events, each with name, start, end and multiplier, as in the project&apos;s events</source>
        <translation>過去のセールなどのイベントの JSON リスト（プロジェクトのイベントと同じく name, start, end, multiplier）</translation>
    </message>
    <message>
        <source>Forget events &amp;file</source>
        <translation>イベントファイルを外す(&amp;F)</translation>
    </message>
    <message>
        <source>No past events file.</source>
        <translation>過去のイベントファイルはありません。</translation>
    </message>
    <message>
        <source>Choose history files</source>
        <translation>履歴ファイルを選択</translation>
    </message>
    <message>
        <source>Histories (*.csv *.tsv *.txt *.xlsx *.json);;All files (*)</source>
        <translation>履歴 (*.csv *.tsv *.txt *.xlsx *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The events file cannot be used:</source>
        <translation>イベントファイルを使えません:</translation>
    </message>
    <message>
        <source>The events file cannot be read: %1</source>
        <translation>イベントファイルを読めません: %1</translation>
    </message>
    <message>
        <source>Past events file %1: %2 events.</source>
        <translation>過去のイベントファイル %1: %2 件のイベント。</translation>
    </message>
    <message>
        <source>Choose a past events file</source>
        <translation>過去のイベントファイルを選択</translation>
    </message>
    <message>
        <source>Events (*.json);;All files (*)</source>
        <translation>イベント (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>HistoryWizard</name>
    <message>
        <source>Fit Forecast from History</source>
        <translation>履歴から予測を当てはめ</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>The fitted forecast cannot be applied</source>
        <translation>当てはめた予測を適用できません</translation>
    </message>
    <message>
        <source>F&amp;it from history…</source>
        <translation>履歴から当てはめ(&amp;I)…</translation>
    </message>
    <message>
        <source>Fit the forecast to the shop&apos;s past contacts (CSV, Excel or RMS inquiries)</source>
        <translation>ショップの過去の問い合わせ（CSV、Excel、RMS の問い合わせ）に予測を当てはめます</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview of the fitted forecast</source>
        <translation>当てはめた予測のプレビュー</translation>
    </message>
    <message>
        <source>The history against the fitted model. Apply replaces the project&apos;s forecast (sale events kept) in one step you can undo.</source>
        <translation>履歴と当てはめたモデルの比較です。「適用」でプロジェクトの予測を置き換えます（セールイベントはそのまま）。元に戻すこともできます。</translation>
    </message>
    <message>
        <source>Contacts per whole month</source>
        <translation>月別の問い合わせ件数（丸ごとの月）</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Day weights</source>
        <translation>曜日の重み</translation>
    </message>
    <message>
        <source>Share of contacts by hour (%)</source>
        <translation>時間帯別の割合（%）</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>注記(&amp;N):</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Fitted model</source>
        <translation>当てはめたモデル</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Hol</source>
        <translation>祝</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>当てはめ</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>平日</translation>
    </message>
    <message>
        <source>Weekends and holidays</source>
        <translation>土日祝</translation>
    </message>
    <message>
        <source>Current, weekdays</source>
        <translation>現在（平日）</translation>
    </message>
    <message>
        <source>Base %1 contacts a month, growth %2 a year, volatility (cv) %3, correlation %4.</source>
        <translation>基準の月間件数 %1 件、年間成長率 %2、変動係数 %3、月間の相関 %4。</translation>
    </message>
    <message>
        <source>No backtest: it needs 6 or more whole months of history.</source>
        <translation>バックテストなし: 丸ごとの月が 6 か月以上の履歴が必要です。</translation>
    </message>
    <message>
        <source>Backtest on %1 – %2 (fitted on the months before): mean absolute percentage error %3, seasonal naive forecast %4.</source>
        <translation>バックテスト %1 ～ %2（それ以前の月で当てはめ）: 平均絶対誤差率 %3、前年同月の単純予測 %4。</translation>
    </message>
    <message>
        <source>Channels: none in the history (the forecast is one channel).</source>
        <translation>チャネル: 履歴にありません（予測は 1 チャネルです）。</translation>
    </message>
    <message>
        <source>Channels: %1.</source>
        <translation>チャネル: %1。</translation>
    </message>
</context>
</TS>
