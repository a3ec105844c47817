<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>vendorpick stopped or failed while opening “%1” last time, so it was not opened again. Open it from File ▸ Open Recent to try again.</source>
        <translation>前回の起動で「%1」を開く途中に vendorpick が停止または失敗したため、自動では開きませんでした。もう一度試すには［ファイル］▸［最近使ったファイル］から開いてください。</translation>
    </message>
    <message>
        <source>“%1” could not be opened because of an unexpected error (the details are in the log), so an empty project is open instead.</source>
        <translation>予期しないエラーのため「%1」を開けませんでした（詳細はログに記録しました）。代わりに空のプロジェクトを開きました。</translation>
    </message>
    <message>
        <source>The last project “%1” could not be opened, so an empty project is open instead.</source>
        <translation>前回のプロジェクト「%1」を開けなかったため、代わりに空のプロジェクトを開きました。</translation>
    </message>
    <message>
        <source>The last project was not reopened</source>
        <translation>前回のプロジェクトは開きませんでした</translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <source>Without channels every contact is one live channel. Shares are relative (they need not add up to 100). Handling time (talk or writing plus wrap-up) is needed for quotes billed by the minute or by the seat. Live contacts are answered while the customer waits (phone, chat); deferred ones wait for the vendor&apos;s next covered hour (mail, R-Messe).</source>
        <translation>チャネルがなければ、すべての問い合わせを1つの即時対応チャネルとして扱います。構成比は相対値です（合計100でなくてもかまいません）。分単位課金や専任席の見積もりには対応時間（通話・文面作成＋後処理）が必要です。即時対応（電話・チャット）はお客様が待っている間に対応し、後日対応（メール・R-Messe）は委託先の次の対応時間まで待ちます。</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>チャネルを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove channel</source>
        <translation>チャネルを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>平日</translation>
    </message>
    <message>
        <source>Sat, Sun &amp; holidays</source>
        <translation>土日祝</translation>
    </message>
    <message>
        <source>Own hourly profile of the channel</source>
        <translation>チャネル独自の時間帯別分布</translation>
    </message>
    <message>
        <source>A weekday&apos;s contacts by hour and channel (%)</source>
        <translation>平日の時間帯別・チャネル別の問い合わせ（%）</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Own hourly profile of %1</source>
        <translation>%1 独自の時間帯別分布</translation>
    </message>
    <message>
        <source>%1 follows the forecast&apos;s hourly profile</source>
        <translation>%1 は予測全体の時間帯別分布に従います</translation>
    </message>
</context>
<context>
    <name>ChannelsTableModel</name>
    <message>
        <source>Id</source>
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
        <source>Share</source>
        <translation>構成比</translation>
    </message>
    <message>
        <source>Of contacts (%)</source>
        <translation>割合（%）</translation>
    </message>
    <message>
        <source>Handling time (min)</source>
        <translation>対応時間（分）</translation>
    </message>
    <message>
        <source>Own hourly profile</source>
        <translation>独自の時間分布</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>即時対応</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>後日対応</translation>
    </message>
    <message>
        <source>Live: answered while the customer waits (phone, chat). Deferred: answered in the vendor&apos;s next covered hour (mail, R-Messe, forms).</source>
        <translation>即時対応：お客様が待っている間に対応（電話・チャット）。後日対応：委託先の次の対応時間に対応（メール・R-Messe・フォーム）。</translation>
    </message>
    <message>
        <source>phone, mail, chat and message get their usual names; any other id is a channel of your own</source>
        <translation>phone・mail・chat・message には標準の名前が付きます。それ以外のIDは独自のチャネルです</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong inside vendorpick:
%1

Your project is still open, with its unsaved changes. Save your work (under a new name if in doubt) and carry on, or restart vendorpick.</source>
        <translation>vendorpick の内部で問題が発生しました:
%1

プロジェクトは保存していない変更も含めて開いたままです。作業を保存して（不安な場合は別の名前で）続けるか、vendorpick を再起動してください。</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>詳細は %1 に記録しました。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
</context>
<context>
    <name>DaysHoursTab</name>
    <message>
        <source>Holiday</source>
        <translation>祝日</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>ウェイト</translation>
    </message>
    <message>
        <source>Relative volume by day</source>
        <translation>曜日別の相対的な件数</translation>
    </message>
    <message>
        <source>Day weights (public holidays use “Holiday”)</source>
        <translation>曜日別ウェイト（祝日は「祝日」の値を使用）</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>平日</translation>
    </message>
    <message>
        <source>Sat, Sun &amp; holidays</source>
        <translation>土日祝</translation>
    </message>
    <message>
        <source>Separate &amp;profile for Saturdays, Sundays and holidays</source>
        <translation>土日祝は別の分布を使う(&amp;P)</translation>
    </message>
    <message>
        <source>Share of the day&apos;s contacts by hour (%)</source>
        <translation>時間帯別の割合（1日の件数に対する %）</translation>
    </message>
    <message>
        <source>Hourly profile (relative volume by hour)</source>
        <translation>時間帯別分布（時間ごとの相対的な件数）</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>vendorpick projects (*.vendorpick.json *.json);;All files (*)</source>
        <translation>vendorpick プロジェクト (*.vendorpick.json *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>名前を付けてプロジェクトを保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>閉じる前に「%1」の変更を保存しますか？</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>無題のプロジェクト</translation>
    </message>
    <message>
        <source>vendorpick did not close normally. Recover the unsaved changes to %1 (autosaved %2)?</source>
        <translation>vendorpick が正常に終了しませんでした。%1 の未保存の変更（%2 に自動保存）を復元しますか？</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>未保存の変更を復元</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Cannot recover the project</source>
        <translation>プロジェクトを復元できません</translation>
    </message>
    <message>
        <source>File changed by another program</source>
        <translation>ほかのプログラムがファイルを変更しました</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program or window since you opened it. Saving now would replace those changes.</source>
        <translation>「%1」は開いた後にほかのプログラムまたはウィンドウによって変更されています。このまま保存するとその変更は置き換えられます。</translation>
    </message>
    <message>
        <source>Reload it (your unsaved changes are lost), overwrite it with your version, or save your version under another name.</source>
        <translation>再読み込み（保存していない変更は失われます）、こちらの内容で上書き、またはこちらの内容を別の名前で保存のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>上書き(&amp;O)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 を再読み込みしました</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>倍率</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>&amp;Add event</source>
        <translation>イベントを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove event</source>
        <translation>イベントを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Rakuten &amp;calendar (all)</source>
        <translation>楽天カレンダー（すべて）(&amp;C)</translation>
    </message>
    <message>
        <source>Rakuten &amp;Super SALE (Mar, Jun, Sep, Dec)</source>
        <translation>楽天スーパーSALE（3・6・9・12月）(&amp;S)</translation>
    </message>
    <message>
        <source>Shopping &amp;Marathon (other months)</source>
        <translation>お買い物マラソン（その他の月）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Year-end rush and closure days</source>
        <translation>年末の駆け込み需要と年末年始の休業日(&amp;Y)</translation>
    </message>
    <message>
        <source>Adds the Rakuten Ichiba busy seasons inside the horizon as one step you can undo</source>
        <translation>対象期間内の楽天市場の繁忙期を追加します（1 回の「元に戻す」で取り消せます）</translation>
    </message>
    <message>
        <source>The project already has these events.</source>
        <translation>これらのイベントはすでに登録されています。</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新しいイベント</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <source>&amp;Monthly contacts</source>
        <translation>月間件数(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Days and hours</source>
        <translation>曜日・時間帯(&amp;D)</translation>
    </message>
    <message>
        <source>Sale even&amp;ts</source>
        <translation>繁忙期イベント(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>チャネル(&amp;H)</translation>
    </message>
    <message>
        <source>Assumption: contacts arrive by hour and day as at a typical online shop (evening and weekend peaks). Replace these figures under “Days and hours” with your shop&apos;s own (for example counted from your mail and chat history).</source>
        <translation>仮定：問い合わせは一般的なネットショップと同じく、夜と週末に多く届くものとしています。「曜日・時間帯」タブで自店の実績（メールやチャットの履歴から数えた件数など）に置き換えてください。</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <source>The window opens on a demo project (a fictional Rakuten shop). Look around, then choose File ▸ New to start your own, empty project.</source>
        <translation>最初はデモプロジェクト（架空の楽天市場店）が開きます。ひととおり見てから、「ファイル ▸ 新規作成」で自分の空のプロジェクトを始めてください。</translation>
    </message>
    <message>
        <source>1. Forecast</source>
        <translation>1. 予測</translation>
    </message>
    <message>
        <source>Type how many contacts (mails, chats, calls) a normal month brings, and add your sale events (the Rakuten calendar button adds Super SALE and Marathon weeks). The hours and days start from a typical online shop: replace them with your own figures when you have them.</source>
        <translation>通常の月に届く問い合わせ件数（メール・チャット・電話）を入力し、セールなどのイベントを追加します（楽天カレンダーのボタンでスーパーSALEやお買い物マラソンを追加できます）。曜日・時間帯は一般的なネットショップの値で始まるので、自店の実績があれば置き換えてください。</translation>
    </message>
    <message>
        <source>2. Vendors &amp; plans</source>
        <translation>2. ベンダーとプラン</translation>
    </message>
    <message>
        <source>Add each vendor and type its quote as written: choose the kind (fixed monthly fee, per contact or graduated), the prices, the hours it covers, and surcharges as premiums (+25 %). Set your in-house cost per contact on the Settings page: contacts no vendor covers are costed at it.</source>
        <translation>ベンダーを追加し、見積もりを書かれているとおりに入力します。種類（月額固定型・従量課金型・段階料金）、料金、対応時間帯、割増（+25 % のように）を選んで入力してください。「設定」ページで社内対応コスト（1 件あたり）を設定します。委託先が対応しない問い合わせはこの金額で計算されます。</translation>
    </message>
    <message>
        <source>3. Criteria &amp; scores</source>
        <translation>3. 評価基準とスコア</translation>
    </message>
    <message>
        <source>Choose what matters besides cost (security, quality, hours…), how much each weighs, and any must-have. Score each vendor.</source>
        <translation>費用以外に重視すること（セキュリティ、品質、対応時間など）とその重み、必須条件を決め、各ベンダーを採点します。</translation>
    </message>
    <message>
        <source>4. Results and export</source>
        <translation>4. 結果と書き出し</translation>
    </message>
    <message>
        <source>Results ranks the plans and says why the winner won; the tabs show monthly costs, risk and break-even. Try other volumes and weights with What-if (Reset returns to the project). File ▸ Export Comparison Workbook writes an Excel workbook to share.</source>
        <translation>「結果」ではプランの順位と首位の理由が表示され、タブで月別費用、リスク、損益分岐を確認できます。「もしも分析」で件数や重みを変えて試せます（リセットでプロジェクトの値に戻ります）。「ファイル ▸ 比較ワークブックを書き出す」で共有用の Excel ブックを作成できます。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規作成(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>デモプロジェクトを開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Comparison Workbook…</source>
        <translation>比較ワークブックを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Quote &amp;Template…</source>
        <translation>見積もりテンプレートを書き出す(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Import Quotes…</source>
        <translation>見積もりを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo “%1”</source>
        <translation>元に戻す：%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo “%1”</source>
        <translation>やり直す：%1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>はじめに(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About vendorpick</source>
        <translation>vendorpick について(&amp;A)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>デモプロジェクト</translation>
    </message>
    <message>
        <source>%1[*] — vendorpick</source>
        <translation>%1[*] — vendorpick</translation>
    </message>
    <message>
        <source>About vendorpick</source>
        <translation>vendorpick について</translation>
    </message>
    <message>
        <source>vendorpick %1
Compare customer-support outsourcing quotes: busy-season cost, risk and ranking.</source>
        <translation>vendorpick %1
カスタマーサポート代行の見積もりを比較します：繁忙期のコスト、リスク、順位付け。</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（読み取り専用）</translation>
    </message>
</context>
<context>
    <name>MonthlyOutlookChart</name>
    <message>
        <source>Expected contacts per month</source>
        <translation>月別の予想問い合わせ件数</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>件</translation>
    </message>
    <message>
        <source>With sale events</source>
        <translation>イベント込み</translation>
    </message>
    <message>
        <source>Seasonal shape only</source>
        <translation>季節変動のみ</translation>
    </message>
    <message>
        <source>%1 contacts expected over the horizon; the busiest month is %2 with %3.</source>
        <translation>対象期間の予想問い合わせ件数は合計 %1 件、最も多い月は %2（%3 件）です。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Forecast</source>
        <translation>需要予測</translation>
    </message>
    <message>
        <source>Vendors &amp; plans</source>
        <translation>ベンダー・プラン</translation>
    </message>
    <message>
        <source>Criteria &amp; scores</source>
        <translation>評価基準・スコア</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>比較結果</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>“%1” is not available in this version yet.</source>
        <translation type="vanished">「%1」はこのバージョンではまだ使えません。</translation>
    </message>
</context>
<context>
    <name>PlanChannelsModel</name>
    <message>
        <source>Handled channel</source>
        <translation>対応するチャネル</translation>
    </message>
    <message>
        <source>Rate (yen, blank = the plan&apos;s rate)</source>
        <translation>単価（円、空欄ならプラン単価）</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>キャンセルしました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>Cancelled: the project was not changed.</source>
        <translation>キャンセルしました。プロジェクトは変更されていません。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>お待ちください</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>プロジェクト名(&amp;N):</translation>
    </message>
    <message>
        <source>First &amp;month:</source>
        <translation>開始月(&amp;M):</translation>
    </message>
    <message>
        <source>months (1 to 60)</source>
        <translation>か月（1～60）</translation>
    </message>
    <message>
        <source>Hori&amp;zon:</source>
        <translation>対象期間(&amp;Z):</translation>
    </message>
    <message>
        <source>Costs (yen, tax excluded)</source>
        <translation>費用（円、税抜）</translation>
    </message>
    <message>
        <source>no ceiling</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>&amp;In-house cost per contact:</source>
        <translation>社内対応コスト(1件あたり)(&amp;I):</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Consumption &amp;tax rate:</source>
        <translation>消費税率(&amp;T):</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Monthly &amp;budget ceiling:</source>
        <translation>予算上限(月額)(&amp;B):</translation>
    </message>
    <message>
        <source>yen a month (empty: none)</source>
        <translation>円／月（空欄：上限なし）</translation>
    </message>
    <message>
        <source>Not set: contacts that no vendor covers (outside a plan&apos;s hours) count as ¥0, so plans covering fewer hours look cheaper than they are. Type what one contact costs the shop (for example staff time: 10 minutes at ¥1,800 an hour is ¥300).</source>
        <translation>未設定です：どの委託先も対応しない問い合わせ（プランの対応時間外）が 0 円として計算され、対応時間の短いプランが実際より安く見えます。自社で 1 件に対応するコストを入力してください（例：時給 1,800 円のスタッフが 10 分かければ 300 円）。</translation>
    </message>
    <message>
        <source>Risk simulation (Monte Carlo)</source>
        <translation>リスクシミュレーション（モンテカルロ法）</translation>
    </message>
    <message>
        <source>&amp;Scenarios:</source>
        <translation>シナリオ数(&amp;S):</translation>
    </message>
    <message>
        <source>100 to 1,000,000</source>
        <translation>100～1,000,000</translation>
    </message>
    <message>
        <source>&amp;Weekday day</source>
        <translation>平日日中(&amp;W)</translation>
    </message>
    <message>
        <source>Weekday ni&amp;ght</source>
        <translation>平日夜間(&amp;G)</translation>
    </message>
    <message>
        <source>Holid&amp;ay day</source>
        <translation>土日祝日中(&amp;A)</translation>
    </message>
    <message>
        <source>H&amp;oliday night</source>
        <translation>土日祝夜間(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Weekdays, daytime</source>
        <translation type="vanished">平日日中(&amp;W)</translation>
    </message>
    <message>
        <source>Weekdays, ni&amp;ght</source>
        <translation type="vanished">平日夜間(&amp;G)</translation>
    </message>
    <message>
        <source>Sat, Sun &amp;&amp; h&amp;olidays, night</source>
        <translation type="vanished">土日祝夜間(&amp;O)</translation>
    </message>
    <message>
        <source>Add this da&amp;y</source>
        <translation>この日を追加(&amp;Y)</translation>
    </message>
    <message>
        <source>Add year-end &amp;closure (29 Dec – 3 Jan)</source>
        <translation>年末年始の休業日を追加（12/29～1/3）(&amp;C)</translation>
    </message>
    <message>
        <source>same seed, same figures</source>
        <translation>同じシードなら同じ結果</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>乱数シード(&amp;D):</translation>
    </message>
    <message>
        <source>Required cover (a plan that misses one is excluded)</source>
        <translation>必須の対応時間帯（対応しないプランは除外）</translation>
    </message>
    <message>
        <source>Sat, Sun &amp;&amp; holidays, d&amp;aytime</source>
        <translation type="vanished">土日祝日中(&amp;A)</translation>
    </message>
    <message>
        <source>Extra holidays (closure days, treated like Sundays)</source>
        <translation>追加の休日（休業日など。日曜日と同じ扱い）</translation>
    </message>
    <message>
        <source>&amp;Remove date</source>
        <translation>日付を削除(&amp;R)</translation>
    </message>
    <message>
        <source>The year-end closure days are already listed.</source>
        <translation>年末年始の休業日はすでに登録されています。</translation>
    </message>
</context>
<context>
    <name>VolumeTab</name>
    <message>
        <source>Contacts</source>
        <translation>問い合わせ件数</translation>
    </message>
    <message>
        <source>&amp;Base monthly contacts:</source>
        <translation>基準の月間問い合わせ件数(&amp;B):</translation>
    </message>
    <message>
        <source>contacts a month (index 1)</source>
        <translation>件／月（指数 1 の月）</translation>
    </message>
    <message>
        <source>&amp;Growth:</source>
        <translation>成長率(&amp;G):</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>％／年</translation>
    </message>
    <message>
        <source>Uncertainty (Monte Carlo)</source>
        <translation>不確実性（モンテカルロ法）</translation>
    </message>
    <message>
        <source>&amp;Spread of monthly volume (CV):</source>
        <translation>月間件数のばらつき（変動係数）(&amp;S):</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;Correlation between months:</source>
        <translation>月間の相関(&amp;C):</translation>
    </message>
    <message>
        <source>0 to 1</source>
        <translation>0～1</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Monthly index (1 = an ordinary month)</source>
        <translation>月別指数（1 = 通常の月）</translation>
    </message>
</context>
</TS>
