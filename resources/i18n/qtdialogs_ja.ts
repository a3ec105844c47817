<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own file dialog strings that Qt 6 renamed (mnemonics added) and that
     the qtbase_ja.qm shipped with PySide6-Essentials does not translate yet.
     Everything else of Qt's dialogs comes from qtbase_ja.qm. -->
<TS version="2.1" language="ja_JP">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
</TS>
