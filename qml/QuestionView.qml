// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Baseline.Backend

// One item of the current screen, as InterviewController.items describes it: its question, hint, the input for its
// type, don't know / refused where the instrument allows them, and its validation message right under it.
ColumnLayout {
    id: root

    required property var item
    property bool first: false
    // The text input of typed items, so the page can commit it before moving on.
    readonly property var textInput: loader.item && loader.item.isTextInput ? loader.item : null

    objectName: "item:" + item.path
    spacing: Theme.spacing * 0.5

    function commit() {
        if (textInput)
            textInput.commit()
    }
    // Digits pick choices: 1 is the first choice shown.
    function pick(index) {
        if (!item.choices || index < 0 || index >= item.choices.length)
            return false
        const code = item.choices[index].code
        if (item.type === "select_multiple")
            InterviewController.toggle(item.path, code, !item.choices[index].selected)
        else
            InterviewController.choose(item.path, code)
        return true
    }

    Label {
        text: root.item.label + (root.item.required ? " *" : "")
        font.pixelSize: root.item.type === "note" ? Theme.baseFont : Theme.headingFont
        font.bold: root.item.type !== "note"
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }
    Label {
        visible: text.length > 0
        text: root.item.hint
        font.pixelSize: Theme.smallFont
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Loader {
        id: loader
        Layout.fillWidth: true
        sourceComponent: {
            switch (root.item.type) {
            case "text": case "integer": case "decimal": case "date": return textComponent
            case "select_one": case "yes_no": case "likert": return choiceComponent
            case "select_multiple": return multiComponent
            case "note": return null
            default: return unsupportedComponent
            }
        }
    }

    RowLayout {
        visible: root.item.allowDontKnow || root.item.allowRefused
        spacing: Theme.spacing
        Layout.fillWidth: true
        AnswerButton {
            objectName: "dk:" + root.item.path
            visible: root.item.allowDontKnow
            text: root.item.dontKnowLabel
            checked: root.item.state === "dont_know"
            onClicked: InterviewController.setSpecial(root.item.path, "dont_know")
        }
        AnswerButton {
            objectName: "refused:" + root.item.path
            visible: root.item.allowRefused
            text: root.item.refusedLabel
            checked: root.item.state === "refused"
            onClicked: InterviewController.setSpecial(root.item.path, "refused")
        }
    }

    Label {
        objectName: "message:" + root.item.path
        visible: !root.item.valid && root.item.message.length > 0 && root.item.state !== "empty"
        text: root.item.message
        color: Theme.error
        font.pixelSize: Theme.baseFont
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    Component {
        id: textComponent
        TextField {
            id: field
            readonly property bool isTextInput: true
            function commit() {
                const current = root.item.state === "value" ? String(root.item.value) : ""
                if (text !== current)
                    InterviewController.setText(root.item.path, text)
            }
            objectName: "input:" + root.item.path
            text: root.item.state === "value" ? String(root.item.value) : ""
            placeholderText: root.item.type === "date" ? qsTr("YYYY-MM-DD")
                           : root.item.min !== undefined && root.item.max !== undefined
                             ? qsTr("%1 to %2").arg(root.item.min).arg(root.item.max) : ""
            font.pixelSize: Theme.headingFont
            inputMethodHints: root.item.type === "integer" ? Qt.ImhFormattedNumbersOnly
                            : root.item.type === "decimal" ? Qt.ImhFormattedNumbersOnly
                            : root.item.type === "date" ? Qt.ImhDate : Qt.ImhNone
            horizontalAlignment: root.item.type === "text" ? TextInput.AlignLeft : TextInput.AlignLeft
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            Accessible.name: root.item.label
            onEditingFinished: commit()
            Component.onCompleted: if (root.first) forceActiveFocus()
        }
    }

    Component {
        id: choiceComponent
        Flow {
            spacing: Theme.spacing * 0.5
            Repeater {
                model: root.item.choices
                delegate: AnswerButton {
                    required property var modelData
                    required property int index
                    objectName: "choice:" + root.item.path + ":" + modelData.code
                    text: (index < 9 ? (index + 1) + "  " : "") + modelData.label
                    checked: modelData.selected
                    warning: !modelData.offered
                    // Scales and yes/no sit side by side as wide buttons; other choices stack, one per line.
                    width: root.item.type === "likert" || root.item.type === "yes_no"
                           ? Math.max(implicitWidth, Theme.touchTarget * 2.5) : root.width
                    onClicked: InterviewController.choose(root.item.path, modelData.code)
                }
            }
        }
    }

    Component {
        id: multiComponent
        Column {
            spacing: Theme.spacing * 0.25
            Repeater {
                model: root.item.choices
                delegate: CheckBox {
                    required property var modelData
                    required property int index
                    objectName: "choice:" + root.item.path + ":" + modelData.code
                    text: (index < 9 ? (index + 1) + "  " : "") + modelData.label
                    checked: modelData.selected
                    font.pixelSize: Theme.baseFont
                    width: root.width
                    height: Theme.touchTarget
                    onClicked: InterviewController.toggle(root.item.path, modelData.code, checked)
                }
            }
        }
    }

    Component {
        id: unsupportedComponent
        Label {
            text: qsTr("This device cannot record a %1 answer yet; leave it and go on.").arg(root.item.type)
            color: Theme.mutedText
            font.pixelSize: Theme.baseFont
            wrapMode: Text.Wrap
        }
    }
}
