package dokku

import (
	"os"
	"path/filepath"
	"strings"
)

// Per-app properties, kept where Dokku's property helpers keep them: one file per key in
// $DOKKU_LIB_ROOT/config/<plugin>/<app>/<key>.

func propertyDir(app string) string {
	root := os.Getenv("DOKKU_LIB_ROOT")
	if root == "" {
		root = "/var/lib/dokku"
	}
	return filepath.Join(root, "config", PluginName, app)
}

// PropertyGet returns the value set for key, or fallback when none is set.
func PropertyGet(app, key, fallback string) string {
	value, err := os.ReadFile(filepath.Join(propertyDir(app), key))
	if err != nil {
		return fallback
	}
	return strings.TrimRight(string(value), "\n")
}

// PropertyWrite sets key to value for app.
func PropertyWrite(app, key, value string) error {
	if err := os.MkdirAll(propertyDir(app), 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(propertyDir(app), key), []byte(value), 0o644)
}

// PropertyDelete unsets key for app, so its default applies again.
func PropertyDelete(app, key string) error {
	err := os.Remove(filepath.Join(propertyDir(app), key))
	if os.IsNotExist(err) {
		return nil
	}
	return err
}

// PropertyDestroy removes every property of app.
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
