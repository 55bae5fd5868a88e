package dokku

import (
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
)

// The plugin's properties, kept where and as Dokku's property helpers keep them: one file per key in
// $DOKKU_LIB_ROOT/config/<plugin>/<app>/<key> (mode 0600, directories 0755), the global values under the
// app name "--global". Generated: adding properties later rewrites this file.

// Every accessor of a key is named Computed<Key>, and nothing else here starts with Computed, so no key
// name can clash with the helpers.

// GlobalApp is the app name under which the property store keeps the global values.
const GlobalApp = "--global"

// Property is one key of `dokku <%- plugin.name %>:set`: the scopes it can be set in and its default.
type Property struct {
	Key     string
	Default string
	// App: settable for one app; Global: settable for every app with --global.
	App, Global bool
}

// Properties are the plugin's keys, as declared.
var Properties = []Property{
<%_ for (const property of go.report.properties) { _%>
	{Key: <%- property.key %>, Default: <%- property.fallback %>, App: <%- property.app %>, Global: <%- property.global %>},
<%_ } _%>
}
<%_ for (const property of go.report.properties) { _%>

// <%- property.accessor %> is the <%- property.name %> property as Dokku computes it: <%- property.computedText %>.
<%_   if (property.app) { _%>
func <%- property.accessor %>(app string) string {
	return PropertyComputed(app, <%- property.key %>)
}
<%_   } else { _%>
func <%- property.accessor %>() string {
	return PropertyComputed(GlobalApp, <%- property.key %>)
}
<%_   } _%>
<%_ } _%>

// LookupProperty finds a key among Properties.
func LookupProperty(key string) (Property, bool) {
	for _, property := range Properties {
		if property.Key == key {
			return property, true
		}
	}
	return Property{}, false
}

// PropertyComputed is the value a key has for app: the app's own value when the key has the app scope, else
// the global value when it has the global scope, else its default. An empty value counts as unset, as in
// Dokku's own computed properties.
func PropertyComputed(app, key string) string {
	property, _ := LookupProperty(key)
	if property.App {
		if value := PropertyValue(app, key); value != "" {
			return value
		}
	}
	if property.Global {
		if value := PropertyValue(GlobalApp, key); value != "" {
			return value
		}
	}
	return property.Default
}

func propertyRoot() string {
	root := os.Getenv("DOKKU_LIB_ROOT")
	if root == "" {
		root = "/var/lib/dokku"
	}
	return filepath.Join(root, "config", PluginName)
}

func propertyDir(app string) string {
	return filepath.Join(propertyRoot(), app)
}

// PropertyValue is what is stored for key under app (or GlobalApp), "" when nothing is. Trailing newlines
// are dropped, as the bash helpers' command substitution drops them.
func PropertyValue(app, key string) string {
	value, err := os.ReadFile(filepath.Join(propertyDir(app), key))
	if err != nil {
		return ""
	}
	return strings.TrimRight(string(value), "\n")
}

// PropertyGet is the first report kit's reader, kept so that code written against it still builds: the
// app's own value of key, or fallback when none is set. Prefer the Computed accessors.
func PropertyGet(app, key, fallback string) string {
	if value := PropertyValue(app, key); value != "" {
		return value
	}
	return fallback
}

// PropertyWrite sets key to value under app (or GlobalApp).
func PropertyWrite(app, key, value string) error {
	dir := propertyDir(app)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := own(dir, 0o755); err != nil {
		return err
	}
	file := filepath.Join(dir, key)
	if err := os.WriteFile(file, []byte(value), 0o600); err != nil {
		return err
	}
	return own(file, 0o600)
}

// PropertyDelete unsets key under app (or GlobalApp).
func PropertyDelete(app, key string) error {
	err := os.Remove(filepath.Join(propertyDir(app), key))
	if os.IsNotExist(err) {
		return nil
	}
	return err
}

// PropertyDestroy removes every property of app; the global values stay.
func PropertyDestroy(app string) error {
	return os.RemoveAll(propertyDir(app))
}

// PropertyClone copies every property of oldApp to newApp.
func PropertyClone(oldApp, newApp string) error {
	entries, err := os.ReadDir(propertyDir(oldApp))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, entry := range entries {
		if !entry.Type().IsRegular() {
			continue
		}
		value, err := os.ReadFile(filepath.Join(propertyDir(oldApp), entry.Name()))
		if err != nil {
			return err
		}
		if err := PropertyWrite(newApp, entry.Name(), string(value)); err != nil {
			return err
		}
	}
	return nil
}

// own sets the mode Dokku gives property files and, when running as root, hands them to the dokku user
// ($DOKKU_SYSTEM_USER), who runs every other command and trigger.
func own(path string, mode os.FileMode) error {
	if err := os.Chmod(path, mode); err != nil {
		return err
	}
	if os.Geteuid() != 0 {
		return nil
	}
	name := os.Getenv("DOKKU_SYSTEM_USER")
	if name == "" {
		name = "dokku"
	}
	account, err := user.Lookup(name)
	if err != nil {
		return err
	}
	groupID := account.Gid
	if groupName := os.Getenv("DOKKU_SYSTEM_GROUP"); groupName != "" {
		if group, err := user.LookupGroup(groupName); err == nil {
			groupID = group.Gid
		}
	}
	uid, err := strconv.Atoi(account.Uid)
	if err != nil {
		return err
	}
	gid, err := strconv.Atoi(groupID)
	if err != nil {
		return err
	}
	return os.Chown(path, uid, gid)
}
