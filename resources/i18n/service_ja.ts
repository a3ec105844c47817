<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ServiceLevelsBox</name>
    <message>
        <source>Response-time targets (service levels)</source>
        <translation>応答時間の目標（サービスレベル）</translation>
    </message>
    <message>
        <source>Share of the contacts a plan handles that get their first answer in time, at the expected volumes (phone: Erlang C with the seats quoted; mail and messages: the queue of the plan&apos;s hours). Usual: phone 80% within 20 s, mail and messages 95% within 24 h.</source>
        <translation>プランが対応する問い合わせのうち、想定件数で期限内に初回回答できる割合です（電話：見積もりの席数でアーランC、メール・メッセージ：プランの稼働時間での待ち行列）。目安：電話は20秒以内に80%、メールとメッセージは24時間以内に95%。</translation>
    </message>
    <message>
        <source>% within</source>
        <translation>% を次の時間以内に</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
</context>
<context>
    <name>ServicePanel</name>
    <message>
        <source>In time</source>
        <translation>期限内率</translation>
    </message>
    <message>
        <source>No service levels are set: give each channel a target on the Settings page (for example phone 80% within 20 s, messages 95% within 24 h).</source>
        <translation>サービスレベルが設定されていません。設定ページでチャネルごとに目標を設定してください（例：電話は20秒以内に80%、メッセージは24時間以内に95%）。</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>チャネル：</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>応答時間</translation>
    </message>
    <message>
        <source>%1 within %2 s</source>
        <translation>%2秒以内に%1</translation>
    </message>
    <message>
        <source>%1 within %2 h</source>
        <translation>%2時間以内に%1</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Agents needed (busiest hour)</source>
        <translation>必要人数（最繁時）</translation>
    </message>
    <message>
        <source>Seats quoted</source>
        <translation>見積もりの席数</translation>
    </message>
    <message>
        <source>Busiest hour: %1</source>
        <translation>最繁時：%1</translation>
    </message>
    <message>
        <source>shared pool</source>
        <translation>シェアード</translation>
    </message>
    <message>
        <source>Target: %1. %2 of %3 candidates miss it in some month.</source>
        <translation>目標：%1。%3件中%2件の候補が、いずれかの月で目標を下回ります。</translation>
    </message>
    <message>
        <source>%1: this plan handles none of this channel&apos;s contacts</source>
        <translation>%1：このプランはこのチャネルの問い合わせに対応しません</translation>
    </message>
    <message>
        <source>%1: %2 answered in time (target %3)</source>
        <translation>%1：期限内の回答 %2（目標 %3）</translation>
    </message>
    <message>
        <source>Below target: a gap in coverage. The plan does not work in the hours when many of these contacts arrive, so even more seats would not help.</source>
        <translation>目標未達：対応時間の空白です。多くの問い合わせが届く時間にプランが稼働していないため、席を増やしても改善しません。</translation>
    </message>
    <message>
        <source>Below target: too few seats (%1) for the contacts of the busiest hours.</source>
        <translation>目標未達：繁忙時間の問い合わせに対して席数（%1）が足りません。</translation>
    </message>
</context>
<context>
    <name>ServiceWords</name>
    <message>
        <source>Response time (computed)</source>
        <translation>応答時間（自動計算）</translation>
    </message>
    <message>
        <source>computed from the plans and service levels</source>
        <translation>プランとサービスレベルから計算</translation>
    </message>
</context>
</TS>
