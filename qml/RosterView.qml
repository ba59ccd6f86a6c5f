// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Baseline.Backend

// The overview of a roster: its entries in a summary table (open, remove with confirmation, restore), and adding one
// where the roster is open-ended.
Column {
    id: root

    property var roster: ({})

    objectName: "rosterView"
    spacing: Theme.spacing

    Label {
        text: root.roster.label || ""
        font.pixelSize: Theme.headingFont
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        width: root.width
    }
    Label {
        visible: text.length > 0
        text: root.roster.hint || ""
        font.pixelSize: Theme.smallFont
        color: Theme.mutedText
        wrapMode: Text.Wrap
        width: root.width
    }
    Label {
        objectName: "rosterCount"
        text: qsTr("%n entry(ies)", "", root.roster.count || 0)
        font.pixelSize: Theme.baseFont
        color: Theme.mutedText
    }
    Label {
        visible: (root.roster.message || "").length > 0
        text: root.roster.message || ""
        color: Theme.error
        font.pixelSize: Theme.baseFont
        wrapMode: Text.Wrap
        width: root.width
    }

    Repeater {
        model: root.roster.entries || []
        delegate: Rectangle {
            required property var modelData
            color: modelData.deleted ? Theme.disabledFill : Theme.surface
            border.color: Theme.border
            radius: Theme.radius
            width: root.width
            implicitHeight: row.implicitHeight + Theme.spacing
            RowLayout {
                id: row
                anchors.fill: parent
                anchors.margins: Theme.spacing * 0.5
                spacing: Theme.spacing
                Label {
                    text: modelData.deleted ? qsTr("Removed") : String(modelData.position)
                    font.pixelSize: Theme.baseFont
                    font.bold: true
                    color: Theme.text
                    Layout.preferredWidth: Theme.baseFont * 5
                }
                Label {
                    text: modelData.summary.length > 0 ? modelData.summary : qsTr("(not answered yet)")
                    font.pixelSize: Theme.baseFont
                    color: modelData.summary.length > 0 ? Theme.text : Theme.mutedText
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Button {
                    Accessible.name: text
                    objectName: "openEntry:" + modelData.path
                    visible: !modelData.deleted
                    text: qsTr("Open")
                    font.pixelSize: Theme.baseFont
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: InterviewController.openEntry(modelData.path)
                }
                Button {
                    Accessible.name: text
                    objectName: "removeEntry:" + modelData.path
                    visible: root.roster.openEnded && !modelData.deleted
                    text: qsTr("Remove")
                    font.pixelSize: Theme.baseFont
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: { confirm.path = modelData.path; confirm.open() }
                }
                Button {
                    Accessible.name: text
                    objectName: "restoreEntry:" + modelData.path
                    visible: modelData.deleted
                    text: qsTr("Restore")
                    font.pixelSize: Theme.baseFont
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: InterviewController.restoreEntry(modelData.path)
                }
            }
        }
    }

    PrimaryButton {
        objectName: "addEntryButton"
        visible: root.roster.openEnded === true
        enabled: (root.roster.count || 0) < (root.roster.max || 0)
        text: qsTr("Add an entry")
        width: root.width
        onClicked: InterviewController.addEntry()
    }

    Dialog {
        id: confirm
        objectName: "confirmRemove"
        property string path
        modal: true
        anchors.centerIn: Overlay.overlay
        title: qsTr("Remove this entry?")
        standardButtons: Dialog.Yes | Dialog.No
        focus: true
        Label {
            text: qsTr("Its answers are kept until the interview is finalized, and it can be restored until then.")
            wrapMode: Text.Wrap
            width: Math.min(Theme.cardMaxWidth, root.width)
            font.pixelSize: Theme.baseFont
            // Enter confirms (a modal dialog blocks the page's shortcuts, so this one lives inside it); Escape
            // cancels, as for every Dialog.
            Shortcut {
                sequences: ["Return", "Enter"]
                enabled: confirm.opened
                onActivated: confirm.accept()
            }
        }
        onAccepted: InterviewController.removeEntry(path)
    }
}
