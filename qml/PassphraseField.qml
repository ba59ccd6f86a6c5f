// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A passphrase entry with a show/hide toggle. Input methods are told not to learn or predict it.
ColumnLayout {
    id: root

    property alias text: field.text
    property string label
    property alias field: field
    signal accepted

    spacing: Theme.spacing / 2
    Layout.fillWidth: true

    Label {
        text: root.label
        font.pixelSize: Theme.baseFont
        color: Theme.text
        Layout.fillWidth: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        TextField {
            id: field
            objectName: root.objectName + "Input"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.baseFont
            echoMode: showButton.checked ? TextInput.Normal : TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: root.label
            onAccepted: root.accepted()
        }
        Button {
            id: showButton
            objectName: root.objectName + "Show"
            checkable: true
            text: checked ? qsTr("Hide") : qsTr("Show")
            Layout.preferredHeight: Theme.touchTarget
            Layout.preferredWidth: Theme.touchTarget * 1.8
            font.pixelSize: Theme.smallFont
            Accessible.name: checked ? qsTr("Hide passphrase") : qsTr("Show passphrase")
        }
    }
}
