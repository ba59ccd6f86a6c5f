// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Baseline.Backend

// Shown at once by the quick exit: a plain notes page that says nothing about interviews, police or crime. The
// workspace is already locked; "Continue" leads to the passphrase page.
Page {
    objectName: "decoyPage"
    background: Rectangle { color: "#ffffff" }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("Notes")
            font.pixelSize: Theme.titleFont
            color: Theme.text
        }
        Label {
            text: qsTr("Shopping: rice, tea, soap, batteries.\nCall the school about Thursday.\nBus at 7:40.")
            font.pixelSize: Theme.baseFont
            color: Theme.text
            lineHeight: 1.4
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
        Button {
            Accessible.name: text
            objectName: "decoyContinue"
            text: qsTr("Continue")
            flat: true
            font.pixelSize: Theme.smallFont
            Layout.alignment: Qt.AlignRight
            Layout.preferredHeight: Theme.touchTarget
            onClicked: WorkspaceController.leaveDecoy()
        }
    }
}
