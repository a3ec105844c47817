<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AhpDialog</name>
    <message>
        <source>Pairwise comparison (AHP)</source>
        <extracomment>Saaty&apos;s scale from &quot;row extremely more important&quot; to &quot;column extremely more important&quot;</extracomment>
        <translation>一対比較(AHP)</translation>
    </message>
    <message>
        <source>Each cell says how much more important the row&apos;s criterion is than the column&apos;s: 1 equally, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 1/3 … 1/9 the same the other way round. Judge the upper triangle; the lower triangle shows the reciprocals.</source>
        <translation>各セルは、行の評価基準が列の評価基準よりどれだけ重要かを表します。1 = 同じくらい重要、3 = やや重要、5 = かなり重要、7 = 非常に重要、9 = 極めて重要です。1/3～1/9 は逆に列の方が重要であることを表します。右上の三角形で判断を入力してください。左下の三角形には逆数が表示されます。</translation>
    </message>
    <message>
        <source>How much more important is “{row}” than “{col}”?</source>
        <translation>「{row}」は「{col}」よりどれだけ重要ですか？</translation>
    </message>
    <message>
        <source>Weights and consistency</source>
        <translation>重みと整合性</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>評価基準</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>&amp;Equal importance</source>
        <translation>すべて同等にする(&amp;E)</translation>
    </message>
    <message>
        <source>Set every judgement to 1</source>
        <translation>すべての判断を 1（同等）にします</translation>
    </message>
    <message>
        <source>λmax = {lam}, CI = {ci}, consistency ratio CR = {cr} (random index RI = {ri}, {table})</source>
        <translation>λmax = {lam}、CI = {ci}、整合比(CR) = {cr}（ランダム整合度 RI = {ri}、{table}）</translation>
    </message>
    <message>
        <source>Saaty&apos;s classic random index table</source>
        <translation>Saaty の古典的なランダム整合度表</translation>
    </message>
    <message>
        <source>“{a}” over “{b}”: {now} (consistent with the weights: about {fit})</source>
        <translation>「{a}」対「{b}」: 現在 {now}（重みと整合する値: 約 {fit}）</translation>
    </message>
    <message>
        <source>CR is above 0.10: the judgements are inconsistent. Review these first:</source>
        <translation>整合比(CR)が 0.10 を超えています。判断に矛盾があります。まず次の判断を見直してください:</translation>
    </message>
</context>
<context>
    <name>CriteriaTableModel</name>
    <message>
        <source>ID</source>
        <extracomment>the criterion of a cell, for the score editors</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Scale min</source>
        <translation>尺度の最小値</translation>
    </message>
    <message>
        <source>Scale max</source>
        <translation>尺度の最大値</translation>
    </message>
    <message>
        <source>Direction / basis</source>
        <translation>方向・基準</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Must be at least</source>
        <translation>必須条件（下限）</translation>
    </message>
    <message>
        <source>Must be at most</source>
        <translation>必須条件（上限）</translation>
    </message>
    <message>
        <source>Must be yes</source>
        <translation>必須条件（「はい」必須）</translation>
    </message>
    <message>
        <source>Effective weight</source>
        <translation>適用される重み</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Cost (from quotes)</source>
        <translation>費用（見積もりから計算）</translation>
    </message>
    <message>
        <source>Expected total</source>
        <translation>期待総額</translation>
    </message>
    <message>
        <source>P90 (busy-season risk)</source>
        <translation>P90（繁忙期のリスク）</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>大きいほど良い</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>小さいほど良い</translation>
    </message>
    <message>
        <source>All assessed channels</source>
        <translation>評価対象の全チャネル</translation>
    </message>
    <message>
        <source>Used only with direct weights</source>
        <translation>重みの直接入力のときだけ使われます</translation>
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message>
        <source>Criteria</source>
        <translation>評価基準</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>評価基準を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete criterion</source>
        <translation>評価基準を削除(&amp;D)</translation>
    </message>
    <message>
        <source>More important (Ctrl+Up)</source>
        <translation>より重要に（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Less important (Ctrl+Down)</source>
        <translation>より重要でなく（Ctrl+↓）</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>重み付け</translation>
    </message>
    <message>
        <source>Di&amp;rect weights</source>
        <translation>重みを直接入力(&amp;R)</translation>
    </message>
    <message>
        <source>Ran&amp;k order (top row most important)</source>
        <translation>順位法（上の行ほど重要）(&amp;K)</translation>
    </message>
    <message>
        <source>Pair&amp;wise comparison (AHP)</source>
        <translation>一対比較(AHP)(&amp;W)</translation>
    </message>
    <message>
        <source>Edit &amp;comparisons…</source>
        <translation>一対比較を編集(&amp;C)…</translation>
    </message>
    <message>
        <source>Scoring method</source>
        <translation>集計方法</translation>
    </message>
    <message>
        <source>Wei&amp;ghted sum</source>
        <translation>加重和(&amp;G)</translation>
    </message>
    <message>
        <source>TO&amp;PSIS</source>
        <translation>TOPSIS(&amp;P)</translation>
    </message>
    <message>
        <source>Score = the weighted mean of the normalised scores</source>
        <translation>スコア = 正規化したスコアの加重平均</translation>
    </message>
    <message>
        <source>Score = closeness to the ideal candidate and distance from the worst one (TOPSIS)</source>
        <translation>スコア = 理想の候補への近さと最も悪い候補からの遠さ（TOPSIS）</translation>
    </message>
    <message>
        <source>Vend&amp;or:</source>
        <translation>ベンダー(&amp;O):</translation>
    </message>
    <message>
        <source>Add eval&amp;uator</source>
        <translation>評価者を追加(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;move evaluator</source>
        <translation>評価者を削除(&amp;M)</translation>
    </message>
    <message>
        <source>Evalua&amp;tors</source>
        <translation>評価者(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Scores</source>
        <translation>スコア(&amp;S)</translation>
    </message>
    <message>
        <source>A vendor&apos;s own score wins; where it has none, the evaluators&apos; mean is used (for yes/no, the majority).</source>
        <translation>ベンダー自身のスコアが優先されます。スコアがない評価基準には評価者の平均（はい/いいえは過半数）が使われます。</translation>
    </message>
    <message>
        <source>Consistency ratio CR = {cr}</source>
        <translation>整合比(CR) = {cr}</translation>
    </message>
    <message>
        <source>above 0.10: please review the comparisons</source>
        <translation>0.10 を超えています。一対比較を見直してください</translation>
    </message>
</context>
<context>
    <name>EvaluationsTableModel</name>
    <message>
        <source>Evaluator</source>
        <translation>評価者</translation>
    </message>
</context>
<context>
    <name>PhasesTableModel</name>
    <message>
        <source>From month (YYYY-MM)</source>
        <translation>開始月（YYYY-MM）</translation>
    </message>
</context>
<context>
    <name>PlanBilling</name>
    <message>
        <source>Channels</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Rate by channel: blank = the plan&apos;s rate. Uncheck the channels this plan does not handle (their contacts stay uncovered).</source>
        <translation>チャネル別単価：空欄ならプランの単価です。このプランで対応しないチャネルはチェックを外してください（その問い合わせは対応外になります）。</translation>
    </message>
    <message>
        <source>Billing by the minute</source>
        <translation>分単位の課金</translation>
    </message>
    <message>
        <source>Billing unit:</source>
        <translation>課金単位：</translation>
    </message>
    <message>
        <source>minute of handling time (talk or writing, plus wrap-up)</source>
        <translation>対応時間の分（通話・文面作成＋後処理）</translation>
    </message>
    <message>
        <source>Minutes as they are</source>
        <translation>実時間のまま</translation>
    </message>
    <message>
        <source>Each contact rounded up to a whole minute</source>
        <translation>1件ごとに1分単位で切り上げ</translation>
    </message>
    <message>
        <source>Rounding:</source>
        <translation>端数処理：</translation>
    </message>
    <message>
        <source>Dedicated seats</source>
        <translation>専任席</translation>
    </message>
    <message>
        <source>Price per seat and month (yen):</source>
        <translation>1席あたり月額（円）：</translation>
    </message>
    <message>
        <source>Number of seats:</source>
        <translation>席数：</translation>
    </message>
    <message>
        <source>Price per seat and open hour (yen):</source>
        <translation>1席・稼働1時間あたり（円）：</translation>
    </message>
    <message>
        <source>Seat charge a month = seats × (price per seat and month + price per seat-hour × the hours the plan covers that month).</source>
        <translation>月の席料金 = 席数 ×（1席あたり月額 + 1席・1時間あたり料金 × その月にプランが対応する時間数）。</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Plan &amp;name:</source>
        <translation type="vanished">プラン名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Monthly fee (yen):</source>
        <translation type="vanished">月額固定費（円）(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Included contacts per month:</source>
        <translation type="vanished">月間対応件数の上限（含まれる件数）(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Setup fee (yen):</source>
        <translation type="vanished">初期費用（円）(&amp;S):</translation>
    </message>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source>Minimum &amp;term:</source>
        <translation type="vanished">最低契約期間(&amp;T):</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>税:</translation>
    </message>
    <message>
        <source>&amp;Graduated tiers</source>
        <translation>段階料金(&amp;G)</translation>
    </message>
    <message>
        <source>Per-minute &amp;billing (handling time)</source>
        <translation>時間課金（分単位）(&amp;B)</translation>
    </message>
    <message>
        <source>Dedicated seats (team si&amp;ze, hours)</source>
        <translation>専任席（席・時間）(&amp;Z)</translation>
    </message>
    <message>
        <source>Rate per extra contact (yen):</source>
        <translation>超過単価（円/件）:</translation>
    </message>
    <message>
        <source>Hours covered</source>
        <translation>対応時間帯</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>(same hour = no night)</source>
        <translation>（同じ時刻なら夜間なし）</translation>
    </message>
    <message>
        <source>Minimum monthl&amp;y charge (yen):</source>
        <translation type="vanished">最低月額料金（円）(&amp;Y):</translation>
    </message>
    <message>
        <source>Prices are &amp;quoted including consumption tax</source>
        <translation>見積もりは税込価格(&amp;Q)</translation>
    </message>
    <message>
        <source>Kind of quote</source>
        <translation>見積もりの種類</translation>
    </message>
    <message>
        <source>Fi&amp;xed monthly fee (with a cap)</source>
        <translation>月額固定型（上限件数つき）(&amp;X)</translation>
    </message>
    <message>
        <source>Pe&amp;r contact</source>
        <translation>従量課金型(&amp;R)</translation>
    </message>
    <message>
        <source>Add t&amp;ier</source>
        <translation>段階を追加(&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;move tier</source>
        <translation>段階を削除(&amp;M)</translation>
    </message>
    <message>
        <source>Night &amp;window from:</source>
        <translation type="vanished">夜間時間帯(&amp;W):</translation>
    </message>
    <message>
        <source>Weekday da&amp;ytime</source>
        <translation type="vanished">平日日中(&amp;B)</translation>
    </message>
    <message>
        <source>Weekday &amp;night</source>
        <translation type="vanished">平日夜間(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Weekend/holiday daytime</source>
        <translation type="vanished">土日祝日中(&amp;W)</translation>
    </message>
    <message>
        <source>Wee&amp;kend/holiday night</source>
        <translation type="vanished">土日祝夜間(&amp;K)</translation>
    </message>
    <message>
        <source>Bands covered:</source>
        <translation>対応する時間帯:</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>時</translation>
    </message>
    <message>
        <source>Surcharges by band</source>
        <translation>時間帯ごとの割増</translation>
    </message>
    <message>
        <source>Premium (%)</source>
        <translation>割増（%）</translation>
    </message>
    <message>
        <source>Type surcharges as the quote writes them: +25 % (or 25, 1.25倍, 2割5分増し) adds 25 % to the price of billable contacts in that band; 0 means no premium.</source>
        <translation>割増は見積書の書き方のまま入力してください：+25 %（または 25、1.25倍、2割5分増し）で、その時間帯の課金対象件数の料金が 25% 増しになります。0 は割増なしです。</translation>
    </message>
    <message>
        <source>Price per contact (yen):</source>
        <translation>1件あたりの料金（円）:</translation>
    </message>
    <message>
        <source>Price per billable minute (yen):</source>
        <translation>課金対象1分あたり単価（円）：</translation>
    </message>
    <message>
        <source>Price per contact on top of the seats (yen):</source>
        <translation>席料金に加える1件あたり単価（円）：</translation>
    </message>
    <message>
        <source>&amp;Included minutes per month:</source>
        <translation type="vanished">月額に含まれる分数(&amp;I)：</translation>
    </message>
    <message>
        <source>The vendor bills the minutes of handling time (each channel&apos;s handling time on the Forecast page); the monthly fee covers the included minutes.</source>
        <translation>対応時間を分単位で課金します（各チャネルの対応時間は「需要予測」ページで設定）。月額固定費に含まれる分数までは追加料金がかかりません。</translation>
    </message>
    <message>
        <source>A dedicated team: a price per seat and month and/or per seat and open hour, with a monthly fee and a price per contact if the quote has them.</source>
        <translation>専任チーム：1席あたり月額と1席・稼働1時間あたりの料金（見積もりにあれば月額固定費と1件あたり単価も）を入力します。</translation>
    </message>
    <message>
        <source>A monthly fee covers contacts up to the cap (included contacts); each contact beyond it costs the extra-contact rate.</source>
        <translation>月額固定費で上限件数（含まれる件数）まで対応し、上限を超えた件数は 1 件ごとに超過単価がかかります。</translation>
    </message>
    <message>
        <source>Included minutes per month:</source>
        <translation>月額に含まれる分数：</translation>
    </message>
    <message>
        <source>Every contact costs the price per contact; a minimum monthly charge, if the quote has one, is the least billed in a month.</source>
        <translation>1 件ごとに料金がかかります。最低月額料金がある見積もりでは、月の請求はその金額を下回りません。</translation>
    </message>
    <message>
        <source>Contacts beyond the included ones are charged by tiers: up to each limit at that tier&apos;s price.</source>
        <translation>含まれる件数を超えた分は段階ごとの単価で計算します（各段階の上限件数まではその段階の単価）。</translation>
    </message>
    <message>
        <source>Per contact (yen)</source>
        <translation>1件あたり加算（円）</translation>
    </message>
    <message>
        <source>Plan name:</source>
        <translation>プラン名:</translation>
    </message>
    <message>
        <source>Monthly fee (yen):</source>
        <translation>月額固定費（円）:</translation>
    </message>
    <message>
        <source>Included contacts per month:</source>
        <translation>月間対応件数の上限（含まれる件数）:</translation>
    </message>
    <message>
        <source>Minimum monthly charge (yen):</source>
        <translation>最低月額料金（円）:</translation>
    </message>
    <message>
        <source>Setup fee (yen):</source>
        <translation>初期費用（円）:</translation>
    </message>
    <message>
        <source>Minimum term:</source>
        <translation>最低契約期間:</translation>
    </message>
    <message>
        <source>Night window from:</source>
        <translation>夜間時間帯:</translation>
    </message>
    <message>
        <source>&amp;Weekday day</source>
        <translation>平日日中(&amp;W)</translation>
    </message>
    <message>
        <source>Wee&amp;kday night</source>
        <translation>平日夜間(&amp;K)</translation>
    </message>
    <message>
        <source>Holiday da&amp;y</source>
        <translation>土日祝日中(&amp;Y)</translation>
    </message>
    <message>
        <source>Holiday &amp;night</source>
        <translation>土日祝夜間(&amp;N)</translation>
    </message>
    <message>
        <source>Monthly option (yen)</source>
        <translation>月額オプション（円）</translation>
    </message>
    <message>
        <source>Staged roll-out</source>
        <translation>段階導入</translation>
    </message>
    <message>
        <source>From each phase&apos;s month on, its bands replace the plan&apos;s coverage (for example nights and weekends first, weekdays later).</source>
        <translation>各フェーズの開始月からは、そのフェーズの時間帯がプランの対応時間帯に代わります（例: まず夜間と土日祝、のちに平日も委託）。</translation>
    </message>
    <message>
        <source>Add pha&amp;se</source>
        <translation>フェーズを追加(&amp;S)</translation>
    </message>
    <message>
        <source>Rem&amp;ove phase</source>
        <translation>フェーズを削除(&amp;O)</translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation>プランのメモ</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
</context>
<context>
    <name>PremiumField</name>
    <message>
        <source>Premium in percent: +25 % (or 25) means 1.25 × the price</source>
        <extracomment>the user finished typing a value different from the one shown a bound field&apos;s value was accepted by the project</extracomment>
        <translation>割増率（%）：+25 %（または 25）は料金の 1.25 倍です</translation>
    </message>
    <message>
        <source>Is %1 a premium of %1 % or %1 × the price? Type +%2 % (or ×%1) for %1 × the price, or +%1 % for a premium of %1 %.</source>
        <translation>%1 は %1 % の割増ですか、それとも料金の %1 倍ですか？ %1 倍なら +%2 %（または %1倍）、%1 % の割増なら +%1 % と入力してください。</translation>
    </message>
    <message>
        <source>Type the premium in percent, for example +25 %.</source>
        <translation>割増はパーセントで入力してください（例：+25 %）。</translation>
    </message>
    <message>
        <source>A surcharge cannot be a discount: type the premium in percent, for example +25 %.</source>
        <translation>割増に値引き（マイナス）は指定できません。パーセントで入力してください（例：+25 %）。</translation>
    </message>
    <message>
        <source>A premium above +200 % is not plausible: type the premium in percent (+25 % for 1.25 × the price).</source>
        <translation>+200 % を超える割増は現実的ではありません。パーセントで入力してください（料金の 1.25 倍なら +25 %）。</translation>
    </message>
</context>
<context>
    <name>ScoresTableModel</name>
    <message>
        <source>computed from the quotes</source>
        <translation>見積もりから計算</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Not scored here; the evaluators&apos; scores are used: %1</source>
        <translation>ここでは未入力です。評価者のスコアが使われます: %1</translation>
    </message>
</context>
<context>
    <name>TiersTableModel</name>
    <message>
        <source>Up to (billable contacts)</source>
        <translation>上限（課金対象件数）</translation>
    </message>
    <message>
        <source>Rate (yen per contact)</source>
        <translation>単価（円/件）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
</context>
<context>
    <name>VendorListModel</name>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
</context>
<context>
    <name>VendorsView</name>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>上へ移動（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>下へ移動（Ctrl+↓）</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>&amp;Add vendor</source>
        <translation>ベンダーを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a vendor with one plan</source>
        <translation>プランを 1 つ持つベンダーを追加します</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected vendor with its plans</source>
        <translation>選択したベンダーをプランごと複製します</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected vendor (Delete key)</source>
        <translation>選択したベンダーを削除します（Delete キー）</translation>
    </message>
    <message>
        <source>Vendor name:</source>
        <translation>ベンダー名:</translation>
    </message>
    <message>
        <source>for example the company name on the quote</source>
        <translation>例：見積書に書かれた会社名</translation>
    </message>
    <message>
        <source>Vendor notes:</source>
        <translation>ベンダーのメモ:</translation>
    </message>
    <message>
        <source>Vendor n&amp;otes:</source>
        <translation type="vanished">ベンダーのメモ(&amp;O):</translation>
    </message>
    <message>
        <source>Plans of the vendor</source>
        <translation>ベンダーのプラン</translation>
    </message>
    <message>
        <source>Add &amp;plan</source>
        <translation>プランを追加(&amp;P)</translation>
    </message>
    <message>
        <source>Add a plan to the selected vendor</source>
        <translation>選択したベンダーにプランを追加します</translation>
    </message>
    <message>
        <source>Copy the selected plan</source>
        <translation>選択したプランを複製します</translation>
    </message>
    <message>
        <source>Dele&amp;te plan</source>
        <translation>プランを削除(&amp;T)</translation>
    </message>
    <message>
        <source>Delete the selected plan (Delete key)</source>
        <translation>選択したプランを削除します（Delete キー）</translation>
    </message>
    <message>
        <source>Deleted “%1” with its plans. Undo (%2) brings it back.</source>
        <translation>「%1」をプランごと削除しました。元に戻す（%2）で復元できます。</translation>
    </message>
    <message>
        <source>Deleted the plan “%1”. Undo (%2) brings it back.</source>
        <translation>プラン「%1」を削除しました。元に戻す（%2）で復元できます。</translation>
    </message>
    <message>
        <source>Dupli&amp;cate plan</source>
        <translation>プランを複製(&amp;C)</translation>
    </message>
</context>
</TS>
