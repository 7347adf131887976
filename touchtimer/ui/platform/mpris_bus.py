"""An MPRIS2 media player on the D-Bus session bus, with QtDBus: the two MPRIS interfaces at
``/org/mpris/MediaPlayer2``, their properties, ``PropertiesChanged`` and the method calls.

Imported only when the first session starts (QtDBus costs start-up time); see
:mod:`touchtimer.ui.platform.media_keys` for what the player shows and does.

**Exact D-Bus types.** MPRIS wants 64-bit integers for ``Position`` and ``mpris:length`` and string
arrays (``as``) for the supported URI schemes, even when empty. PySide6 sends every Python ``int``
below 2³¹ as a 32-bit integer and an empty list as an array of variants, and a client that checks
types (GLib's, playerctl, BlueZ) drops such values. What Qt keeps exact is a *declared* property type:
so the values that need it are set on small helper objects with typed Qt properties
(:class:`_TypedValues`, registered on the same connection) and read back through QtDBus with a local
``Get``/``GetAll`` call (answered inside this process, never through the bus daemon), which returns
them as D-Bus values Qt marshals verbatim. An empty ``as`` is an empty :class:`QDBusArgument` array.
Two things this cannot do: ``GetAll`` on the player leaves ``Position`` out (a nested map and a bare
64-bit integer cannot be put together from Python; clients ask for ``Position`` with ``Get``, which
has it), and the ``Seeked`` signal is never sent (touchtimer cannot seek, and a new stage is a new
track).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusVariant,
    QDBusVirtualObject,
)

BUS_NAME = "org.mpris.MediaPlayer2.touchtimer"
OBJECT_PATH = "/org/mpris/MediaPlayer2"
ROOT = "org.mpris.MediaPlayer2"
PLAYER = "org.mpris.MediaPlayer2.Player"
PROPERTIES = "org.freedesktop.DBus.Properties"
INTROSPECTABLE = "org.freedesktop.DBus.Introspectable"
#: Where the typed helper values live on the same connection (read only by this process).
HELPER_PATH = "/io/github/touchtimer/TouchTimer/MprisValues"
_TIMED = "io.github.touchtimer.TouchTimer.MprisMetadataTimed"
_OPEN = "io.github.touchtimer.TouchTimer.MprisMetadataOpen"
_INT64 = "io.github.touchtimer.TouchTimer.MprisInt64"

_values: dict[str, Any] = {}       # what the typed helper properties read (one player per process)


def _reader(key: str) -> Callable[[object], Any]:
    return lambda _adaptor: _values[key]


def _typed_adaptor(interface: str, names: tuple[tuple[str, str], ...]) -> type[QDBusAbstractAdaptor]:
    # Qt type names ("qlonglong") are what keeps the types; the stubs only know Python types.
    typed_property: Any = Property
    class_info: Any = ClassInfo                # its stub wants each keyword's value to be a dict
    # Property names like "mpris:length" are not Python names, so the class is made with type().
    namespace = {name: typed_property(kind, _reader(name)) for name, kind in names}
    cls = type(f"Typed_{interface.rsplit('.', 1)[1]}", (QDBusAbstractAdaptor,), namespace)
    return class_info(**{"D-Bus Interface": interface})(cls)  # type: ignore[no-any-return]


_COMMON = (("mpris:trackid", "QDBusObjectPath"), ("xesam:title", "QString"), ("xesam:album", "QString"),
           ("xesam:artist", "QStringList"))
_TimedMetadata = _typed_adaptor(_TIMED, (*_COMMON, ("mpris:length", "qlonglong")))
_OpenMetadata = _typed_adaptor(_OPEN, _COMMON)
_Int64 = _typed_adaptor(_INT64, (("Value", "qlonglong"),))


class _TypedValues(QObject):
    """The helper object: one adaptor per kind of typed value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.adaptors = [_TimedMetadata(self), _OpenMetadata(self), _Int64(self)]


def empty_strings() -> QDBusArgument:
    """An empty D-Bus string array (``as``)."""
    arg = QDBusArgument()
    arg.beginArray(QMetaType(QMetaType.Type.QString))
    arg.endArray()
    return arg


def session_bus(name: str) -> QDBusConnection:
    """A private connection to the session bus: the one ``DBUS_SESSION_BUS_ADDRESS`` names now (libdbus
    reads it only once per process), else libdbus's default."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address:
        return QDBusConnection.connectToBus(address, name)
    return QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)


INTROSPECTION = """<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node>
  <interface name="org.mpris.MediaPlayer2">
    <method name="Raise"/>
    <method name="Quit"/>
    <property name="CanQuit" type="b" access="read"/>
    <property name="CanRaise" type="b" access="read"/>
    <property name="HasTrackList" type="b" access="read"/>
    <property name="Identity" type="s" access="read"/>
    <property name="DesktopEntry" type="s" access="read"/>
    <property name="SupportedUriSchemes" type="as" access="read"/>
    <property name="SupportedMimeTypes" type="as" access="read"/>
  </interface>
  <interface name="org.mpris.MediaPlayer2.Player">
    <method name="Next"/>
    <method name="Previous"/>
    <method name="Pause"/>
    <method name="PlayPause"/>
    <method name="Stop"/>
    <method name="Play"/>
    <method name="Seek"><arg direction="in" name="Offset" type="x"/></method>
    <method name="SetPosition">
      <arg direction="in" name="TrackId" type="o"/><arg direction="in" name="Position" type="x"/>
    </method>
    <method name="OpenUri"><arg direction="in" name="Uri" type="s"/></method>
    <signal name="Seeked"><arg name="Position" type="x"/></signal>
    <property name="PlaybackStatus" type="s" access="read"/>
    <property name="Rate" type="d" access="read"/>
    <property name="Metadata" type="a{sv}" access="read"/>
    <property name="Volume" type="d" access="read"/>
    <property name="Position" type="x" access="read"/>
    <property name="MinimumRate" type="d" access="read"/>
    <property name="MaximumRate" type="d" access="read"/>
    <property name="CanGoNext" type="b" access="read"/>
    <property name="CanGoPrevious" type="b" access="read"/>
    <property name="CanPlay" type="b" access="read"/>
    <property name="CanPause" type="b" access="read"/>
    <property name="CanSeek" type="b" access="read"/>
    <property name="CanControl" type="b" access="read"/>
  </interface>
  <interface name="org.freedesktop.DBus.Properties">
    <method name="Get">
      <arg direction="in" name="interface_name" type="s"/><arg direction="in" name="property_name" type="s"/>
      <arg direction="out" name="value" type="v"/>
    </method>
    <method name="GetAll">
      <arg direction="in" name="interface_name" type="s"/>
      <arg direction="out" name="properties" type="a{sv}"/>
    </method>
    <method name="Set">
      <arg direction="in" name="interface_name" type="s"/><arg direction="in" name="property_name" type="s"/>
      <arg direction="in" name="value" type="v"/>
    </method>
    <signal name="PropertiesChanged">
      <arg name="interface_name" type="s"/><arg name="changed_properties" type="a{sv}"/>
      <arg name="invalidated_properties" type="as"/>
    </signal>
  </interface>
  <interface name="org.freedesktop.DBus.Introspectable">
    <method name="Introspect"><arg direction="out" name="xml_data" type="s"/></method>
  </interface>
  <interface name="org.freedesktop.DBus.Peer">
    <method name="Ping"/>
    <method name="GetMachineId"><arg direction="out" name="machine_uuid" type="s"/></method>
  </interface>
</node>
"""

#: The player's methods that touchtimer acts on; Seek and SetPosition do nothing (CanSeek is false).
COMMANDS = ("Next", "Previous", "Pause", "PlayPause", "Stop", "Play")

Properties = Mapping[str, Any]
"""Property name -> value, with ``Metadata`` as a :class:`Track` and ``Position`` in microseconds."""


@dataclass(frozen=True)
class Track:
    """What ``Metadata`` says: the stage (as a track), the routine (as the album), the stage's length."""

    track_id: str
    title: str
    album: str
    length_us: int | None


class MprisPlayer(QDBusVirtualObject):
    """The player object on one connection. ``root()`` and ``player()`` give the current property values;
    ``on_command(name)`` runs a player method, ``on_raise()`` shows the window."""

    def __init__(self, connection: QDBusConnection, *, root: Callable[[], Properties],
                 player: Callable[[], Properties], on_command: Callable[[str], None],
                 on_raise: Callable[[], None]) -> None:
        super().__init__()
        self.bus = connection
        self._root, self._player = root, player
        self._on_command, self._on_raise = on_command, on_raise
        self._typed = _TypedValues()
        self.name = ""

    # -- publishing -------------------------------------------------------------------------------

    def publish(self) -> str:
        """Register the object and take the bus name; the name taken, or raise :class:`OSError`."""
        bus = self.bus
        if not bus.isConnected():
            raise OSError(f"no session bus ({bus.lastError().message() or 'not connected'})")
        if not bus.registerObject(HELPER_PATH, self._typed):
            raise OSError(f"could not register {HELPER_PATH}")
        if not bus.registerVirtualObject(OBJECT_PATH, self):
            raise OSError(f"could not register {OBJECT_PATH}")
        # A second touchtimer (another data folder) takes a name of its own, as the MPRIS spec says.
        for name in (BUS_NAME, f"{BUS_NAME}.instance{os.getpid()}"):
            if bus.registerService(name):
                self.name = name
                return name
        raise OSError(f"the name {BUS_NAME} is taken ({bus.lastError().message()})")

    def withdraw(self) -> None:
        """Give the name back and take the object off the bus."""
        if self.name:
            self.bus.unregisterService(self.name)
            self.name = ""
        self.bus.unregisterObject(OBJECT_PATH)
        self.bus.unregisterObject(HELPER_PATH)

    def changed(self, interface: str, values: Properties) -> None:
        """Send ``PropertiesChanged`` for ``values`` of ``interface``."""
        signal = QDBusMessage.createSignal(OBJECT_PATH, PROPERTIES, "PropertiesChanged")
        signal.setArguments([interface, {name: self._wire(value) for name, value in values.items()},
                             empty_strings()])
        self.bus.send(signal)

    # -- typed values -------------------------------------------------------------------------------

    def _local(self, method: str, *args: str) -> Any:
        call = QDBusMessage.createMethodCall(self.bus.baseService(), HELPER_PATH, PROPERTIES, method)
        call.setArguments(list(args))
        reply = self.bus.call(call)
        return reply.arguments()[0]

    def _metadata(self, track: Track) -> QDBusArgument:
        _values.update({"mpris:trackid": QDBusObjectPath(track.track_id), "xesam:title": track.title,
                        "xesam:album": track.album, "xesam:artist": ["touchtimer"],
                        "mpris:length": track.length_us or 0})
        return self._local("GetAll", _OPEN if track.length_us is None else _TIMED)  # type: ignore[no-any-return]

    def _int64(self, value: int) -> QDBusVariant:
        _values["Value"] = value
        return self._local("Get", _INT64, "Value")  # type: ignore[no-any-return]

    def _wire(self, value: Any) -> Any:
        """A property value as QtDBus should send it inside a variant."""
        if isinstance(value, Track):
            return self._metadata(value)
        if isinstance(value, list) and not value:
            return empty_strings()
        return value

    # -- answering the bus -------------------------------------------------------------------------------

    def introspect(self, path: str) -> str:
        return ""        # this object answers Introspect itself (handleMessage), with INTROSPECTION

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        interface, member, args = message.interface(), message.member(), list(message.arguments())
        if interface == INTROSPECTABLE and member == "Introspect":
            return self._reply(message, [INTROSPECTION])
        if interface == PROPERTIES and member in ("Get", "GetAll", "Set"):
            return self._properties(message, member, args)
        if interface in (PLAYER, "") and member in COMMANDS:
            self._reply(message, [])
            self._on_command(member)
            return True
        if interface in (PLAYER, "") and member in ("Seek", "SetPosition"):
            return self._reply(message, [])          # CanSeek is false: no effect, as the spec says
        if interface in (ROOT, "") and member == "Raise":
            self._reply(message, [])
            self._on_raise()
            return True
        if interface in (ROOT, "") and member == "Quit":
            return self._reply(message, [])          # CanQuit is false: no effect
        if member == "OpenUri":
            return self._error(message, "org.freedesktop.DBus.Error.NotSupported",
                               "touchtimer plays no files")
        return self._error(message, "org.freedesktop.DBus.Error.UnknownMethod",
                           f"no method {member} in {interface or 'any interface'} here")

    def _properties(self, message: QDBusMessage, member: str, args: list[Any]) -> bool:
        interface = str(args[0]) if args else ""
        values = self._root() if interface == ROOT else self._player() if interface == PLAYER else None
        if values is None:
            return self._error(message, "org.freedesktop.DBus.Error.UnknownInterface",
                               f"no interface {interface} here")
        if member == "GetAll":
            return self._reply(message, [{name: self._wire(value) for name, value in values.items()
                                          if name != "Position"}])
        name = str(args[1]) if len(args) > 1 else ""
        if member == "Set":
            return self._error(message, "org.freedesktop.DBus.Error.PropertyReadOnly",
                               f"{name} cannot be changed from outside")
        if name not in values:
            return self._error(message, "org.freedesktop.DBus.Error.UnknownProperty", f"no property {name}")
        if name == "Position":
            return self._reply(message, [self._int64(int(values[name]))])
        return self._reply(message, [QDBusVariant(self._wire(values[name]))])

    def _reply(self, message: QDBusMessage, arguments: list[Any]) -> bool:
        if message.isReplyRequired():
            reply = message.createReply()
            reply.setArguments(arguments)
            self.bus.send(reply)
        return True

    def _error(self, message: QDBusMessage, name: str, text: str) -> bool:
        if message.isReplyRequired():
            self.bus.send(message.createErrorReply(name, text))
        return True
